// doc: ECMA-262 § "String.prototype.replaceAll ( searchValue, replaceValue )"
// replaceAll replaces every occurrence, expands $& and calls function replacers; a non-global RegExp throws.
console.log('a.b.c'.replaceAll('.', '-'));
console.log('xx'.replaceAll('x', '[$&]'));
console.log('abab'.replaceAll('b', function (m, pos) { return pos; }));
console.log('ab'.replaceAll('', '_'));
console.log('aXbX'.replaceAll(/x/gi, '!'));
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.name + ': ' + e.message); }
// expect: a-b-c
// expect: [x][x]
// expect: a1a3
// expect: _a_b_
// expect: a!b!
// expect: TypeError: String.prototype.replaceAll called with a non-global RegExp argument
