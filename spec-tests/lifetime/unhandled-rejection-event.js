// doc: process.md § "Event: 'unhandledRejection'"
// An 'unhandledRejection' listener receives the reason and the promise; the process continues.
var p = Promise.reject(new Error('nobody'));
process.on('unhandledRejection', function (reason, promise) {
  console.log('unhandled', reason.message, promise === p);
});
setTimeout(function () { console.log('alive'); }, 10);
// expect: unhandled nobody true
// expect: alive
