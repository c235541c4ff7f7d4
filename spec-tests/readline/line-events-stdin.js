// doc: readline.md § "Event: `'line'`"
// An interface over process.stdin emits 'line' per input line (blank ones too), then 'close' at the end.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin });
rl.on('line', function (line) { console.log('line [' + line + ']'); });
rl.on('close', function () { console.log('close'); });
// stdin: first
// stdin:
// stdin: third
// expect: line [first]
// expect: line []
// expect: line [third]
// expect: close
