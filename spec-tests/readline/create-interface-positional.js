// doc: readline.md § "Class: `readline.Interface`"
// createInterface(input, output) also works positionally and returns a readline.Interface, not a terminal.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var rl = readline.createInterface(new PassThrough(), new PassThrough());
console.log(rl instanceof readline.Interface, rl.terminal, rl.line === '');
rl.close();
// expect: true false true
