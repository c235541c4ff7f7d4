// doc: process.md § "`process.emitWarning(warning[, type[, code]][, ctor])`"
// emitWarning prints '(<name>:<pid>) Warning: <message>' to stderr by default.
process.emitWarning('careful now');
console.log('script done');
// expect: script done
// expect-stderr: /^\([a-z]+:[0-9]+\) Warning: careful now$/
