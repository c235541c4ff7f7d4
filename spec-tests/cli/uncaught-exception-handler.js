// doc: process.md § "Event: `'uncaughtException'`"
// An 'uncaughtException' listener receives the error and its origin, and the process then exits normally.
process.on('uncaughtException', function (err, origin) {
  console.log('caught', err.message, origin);
});
process.on('exit', function (code) { console.log('exit', code); });
throw new Error('boom');
// expect: caught boom uncaughtException
// expect: exit 0
