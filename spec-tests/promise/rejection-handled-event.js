// doc: process.md § "Event: `'rejectionHandled'`"
// A rejection reported as unhandled and handled later emits 'rejectionHandled' with the promise.
var p = Promise.reject('r');
process.on('unhandledRejection', function () { console.log('unhandledRejection'); });
process.on('rejectionHandled', function (promise) { console.log('rejectionHandled ' + (promise === p)); });
setTimeout(function () { p.catch(function () { console.log('caught'); }); }, 5);
// expect: unhandledRejection
// expect: caught
// expect: rejectionHandled true
