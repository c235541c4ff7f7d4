// doc: readline.md § "rl.write(data[, key])"
// Without a terminal, rl.write(data) is handled as if data came from the input.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var rl = readline.createInterface({ input: new PassThrough() });
rl.on('line', function (line) { console.log('line', line); });
rl.write('typed\n');
rl.close();
// expect: line typed
