// doc: ECMA-262 § "Promise.any ( iterable )"
// When every input rejects, any rejects with an AggregateError listing the reasons in order.
Promise.any([Promise.reject('x'), Promise.reject('y')]).catch(function (e) {
  console.log(e instanceof AggregateError, e instanceof Error);
  console.log(e.name + ': ' + e.message);
  console.log(e.errors.join(','));
});
// expect: true true
// expect: AggregateError: All promises were rejected
// expect: x,y
