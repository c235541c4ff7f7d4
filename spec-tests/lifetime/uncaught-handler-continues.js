// doc: process.md § "Event: 'uncaughtException'"
// With an 'uncaughtException' listener the process keeps running after the error.
process.on('uncaughtException', function (err, origin) {
  console.log('caught', err.message, origin);
});
setTimeout(function () { throw new Error('oops'); }, 1);
setTimeout(function () { console.log('still alive'); }, 20);
// expect: caught oops uncaughtException
// expect: still alive
