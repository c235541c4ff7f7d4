// doc: process.md § "Event: `'unhandledRejection'`"
// An 'unhandledRejection' listener receives the reason and the promise, and the process goes on.
var p = Promise.reject('why');
process.on('unhandledRejection', function (reason, promise) {
  console.log('reason ' + reason);
  console.log('same promise ' + (promise === p));
});
setTimeout(function () { console.log('still running'); }, 5);
// expect: reason why
// expect: same promise true
// expect: still running
