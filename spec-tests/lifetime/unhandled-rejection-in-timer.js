// doc: process.md § "Event: 'unhandledRejection'"
// A rejection left unhandled inside a timer callback is reported after that callback.
process.on('unhandledRejection', function (r) { console.log('unhandled', r); });
setTimeout(function () {
  Promise.reject('in timer');
  console.log('timer');
}, 1);
setTimeout(function () { console.log('next timer'); }, 1);
// expect: timer
// expect: unhandled in timer
// expect: next timer
