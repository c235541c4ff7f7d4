// doc: ECMA-262 § "String.fromCodePoint ( ...codePoints )"
// codePointAt reads a whole surrogate pair and fromCodePoint builds one.
var s = String.fromCodePoint(0x1F600, 65);
console.log(s.length, s.codePointAt(0), s.codePointAt(2));
// expect: 3 128512 65
