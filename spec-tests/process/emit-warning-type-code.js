// doc: process.md § "`process.emitWarning(warning[, type[, code]][, ctor])`"
// A warning's type replaces 'Warning' in the printed line and its code is shown in brackets.
process.emitWarning('odd thing', 'CustomWarning', 'MY_CODE');
// expect-stderr: /\[MY_CODE\] CustomWarning: odd thing/
