// doc: ECMA-262 § "Promise Resolve Functions"
// Resolving a promise with itself rejects it with a TypeError.
var p = Promise.resolve().then(function () { return p; });
p.catch(function (e) {
  console.log(e instanceof TypeError);
  console.log(e.message);
});
// expect: true
// expect: Chaining cycle detected for promise #<Promise>
