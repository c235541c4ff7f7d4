// doc: readline.md § "Event: `'close'`"
// When stdin ends the interface closes and the process exits without calling rl.close().
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin });
var count = 0;
rl.on('line', function () { count++; });
process.on('exit', function () { console.log('exit after', count, 'lines, closed:', rl.closed); });
// stdin: x
// stdin: y
// expect: exit after 2 lines, closed: true
