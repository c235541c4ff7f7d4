// doc: readline.md § "readline.createInterface(options)"
// A \r at the end of one chunk and \n at the start of the next (within crlfDelay) make one line ending.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
var lines = [];
rl.on('line', function (line) { lines.push(line); });
rl.on('close', function () { console.log(JSON.stringify(lines)); });
input.write('one\r');
input.write('\ntwo\r\n');
input.end();
// expect: ["one","two"]
