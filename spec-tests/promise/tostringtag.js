// doc: ECMA-262 § "Promise.prototype [ @@toStringTag ]"
// Promise objects report [object Promise] and then/catch/finally are not enumerable.
console.log(Object.prototype.toString.call(Promise.resolve()));
console.log(Object.keys(Promise.prototype).length);
console.log(typeof Promise.prototype.finally);
// expect: [object Promise]
// expect: 0
// expect: function
