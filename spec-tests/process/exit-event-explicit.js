// doc: process.md § "Event: `'exit'`"
// process.exit(code) also emits 'exit', with that code.
process.on('exit', function (code) { console.log('exit', code); });
process.exit(2);
// expect: exit 2
// expect-exit: 2
