// doc: readline.md § "Event: `'line'`"
// \n, \r\n and a lone \r all end a line, and the line excludes them.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
rl.on('line', function (line) { console.log(JSON.stringify(line)); });
input.end('a\r\nb\nc\rd\n');
// expect: "a"
// expect: "b"
// expect: "c"
// expect: "d"
