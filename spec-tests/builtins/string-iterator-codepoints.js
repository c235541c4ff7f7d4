// doc: ECMA-262 § "String.prototype [ @@iterator ] ( )"
// Iterating a string yields code points: a surrogate pair is one item.
var s = 'a\uD83D\uDE00b';
var parts = Array.from(s);
console.log(s.length, parts.length);
console.log(parts[1] === '\uD83D\uDE00');
console.log(Object.prototype.toString.call(s[Symbol.iterator]()));
// expect: 4 3
// expect: true
// expect: [object String Iterator]
