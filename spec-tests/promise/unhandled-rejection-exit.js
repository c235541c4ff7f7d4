// doc: process.md § "Event: `'unhandledRejection'`"
// With no 'unhandledRejection' listener, an unhandled rejection prints the error and exits with status 1.
Promise.reject(new Error('nobody handles this'));
setTimeout(function () { console.log('not reached'); }, 10);
console.log('sync');
// expect: sync
// expect-exit: 1
// expect-stderr: /nobody handles this/
