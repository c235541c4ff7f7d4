// doc: ECMA-262 § "NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )"
// Resolving a promise with another promise takes two extra jobs before its callbacks run.
var log = [];
var inner = Promise.resolve('inner');
new Promise(function (resolve) { resolve(inner); }).then(function (v) { log.push(v); });
Promise.resolve().then(function () { log.push('tick 1'); })
  .then(function () { log.push('tick 2'); })
  .then(function () { log.push('tick 3'); })
  .then(function () { console.log(log.join(', ')); });
// expect: tick 1, tick 2, inner, tick 3
