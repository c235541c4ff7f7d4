// doc: ECMA-262 § "Object.entries ( O )"
// Object.entries/values list own enumerable string-keyed properties in Object.keys order.
var o = Object.create({ inherited: 1 });
o.b = 2;
o.a = 1;
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
console.log(JSON.stringify(Object.entries(o)));
console.log(JSON.stringify(Object.values(o)));
console.log(JSON.stringify(Object.entries('hi')));
// expect: [["b",2],["a",1]]
// expect: [2,1]
// expect: [["0","h"],["1","i"]]
