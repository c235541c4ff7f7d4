// doc: process.md § "Event: `'exit'`"
// After an uncaught exception the 'exit' event still fires, with code 1.
process.on('exit', function (code) { console.log('exit', code); });
throw new Error('boom');
// expect: exit 1
// expect-exit: 1
// expect-stderr: /Error: boom/
