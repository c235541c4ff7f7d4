// doc: ECMA-262 § "String.prototype.trimStart ( )"
// trimStart/trimEnd remove whitespace (including NBSP and line terminators) from one side only.
var s = ' \t\u00A0 hi \n';
console.log(JSON.stringify(s.trimStart()));
console.log(s.trimEnd().length, s.trimEnd().charCodeAt(2), s.trimEnd().slice(-2));
console.log(String.prototype.trimLeft === String.prototype.trimStart);
// expect: "hi \n"
// expect: 6 160 hi
// expect: true
