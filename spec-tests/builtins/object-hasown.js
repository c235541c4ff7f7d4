// doc: ECMA-262 § "Object.hasOwn ( O, P )"
// Object.hasOwn is true only for own properties, and works on null-prototype objects.
var bare = Object.create(null);
bare.k = 1;
console.log(Object.hasOwn(bare, 'k'), Object.hasOwn({}, 'toString'), Object.hasOwn([1], 0));
// expect: true false true
