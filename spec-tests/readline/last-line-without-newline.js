// doc: readline.md § "Event: `'close'`"
// A last line with no newline is still emitted as 'line' when the input ends, before 'close'.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
rl.on('line', function (line) { console.log('line', line); });
rl.on('close', function () { console.log('close'); });
input.write('a\nb');
input.end();
// expect: line a
// expect: line b
// expect: close
