// doc: ECMA-262 § "Promise.allSettled ( iterable )"
// allSettled waits for every promise and describes each outcome with status and value or reason.
Promise.allSettled([Promise.resolve(1), Promise.reject('no'), 3]).then(function (results) {
  results.forEach(function (r) {
    console.log(r.status + ' ' + (r.status === 'fulfilled' ? r.value : r.reason));
  });
});
// expect: fulfilled 1
// expect: rejected no
// expect: fulfilled 3
