// doc: ECMA-262 § "SameValueZero ( x, y )"
// Map keys compare with SameValueZero: NaN finds NaN, -0 and +0 are one key, 1 and '1' are two.
var m = new Map();
m.set(NaN, 'nan').set(-0, 'zero').set(1, 'number').set('1', 'string');
console.log(m.get(NaN), m.get(0), m.get(1), m.get('1'), m.size);
m.forEach(function (v, k) { if (k === 0) console.log('stored key is +0: ' + (1 / k === Infinity)); });
// expect: nan zero number string 4
// expect: stored key is +0: true
