// doc: readline.md § "Event: `'line'`"
// Input bytes are decoded as UTF-8 even when a character is split between chunks.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
rl.on('line', function (line) { console.log(line, line.length); });
var bytes = Buffer.from('€uro\n');
input.write(bytes.subarray(0, 1));
input.write(bytes.subarray(1));
input.end();
// expect: €uro 4
