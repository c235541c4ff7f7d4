// doc: language.md § "object literals"
// Computed keys and computed methods work beside getters in one literal.
const k = 'dyn';
const o = {
  [k]: 1,
  get g() { return 'getter'; },
  [`${k}Method`]() { return 'method'; },
  *[Symbol.iterator]() { yield 'it'; },
};
console.log(o.dyn, o.g, o.dynMethod(), [...o].join());
// expect: 1 getter method it
