// doc: readline.md § "rl.question(query[, options], callback)"
// Questions asked one after another get successive lines; an answered line is not emitted as 'line'.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin });
var lines = 0;
rl.on('line', function () { lines++; });
rl.question('a? ', function (a) {
  rl.question('b? ', function (b) {
    console.log(a + '+' + b);
  });
});
rl.on('close', function () { console.log('extra lines:', lines); });
// stdin: 1
// stdin: 2
// stdin: 3
// expect: 1+2
// expect: extra lines: 1
