// doc: process.md § "Event: 'uncaughtExceptionMonitor'"
// 'uncaughtExceptionMonitor' sees the error before the process exits with code 1.
process.on('uncaughtExceptionMonitor', function (err, origin) {
  console.log('monitor', err.message, origin);
});
setTimeout(function () { throw new Error('watched'); }, 1);
// expect: monitor watched uncaughtException
// expect-exit: 1
// expect-stderr: /Error: watched/
