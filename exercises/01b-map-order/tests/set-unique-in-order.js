// doc: ECMA-262 § "Set.prototype.add ( value )"
// A Set holds each value once, in the order it was first added; 1 and '1' are different values.
var s = new Set(['x', 1, 'y', 'x', '1', 1]);
s.add('y').add('z');
var out = [];
s.forEach(function (v) { out.push(typeof v + ':' + v); });
console.log(out.join(' '));
console.log(s.size);
// expect: string:x number:1 string:y string:1 string:z
// expect: 5
