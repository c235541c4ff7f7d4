// doc: process.md § "Event: `'exit'`"
// A script that ends normally emits 'exit' with code 0.
process.on('exit', function (code) { console.log('exit', code); });
// expect: exit 0
