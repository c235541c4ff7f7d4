// doc: readline.md § "readline.createInterface(options)"
// The prompt option sets the initial prompt; a prompt-per-line loop ends at 'close'.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'calc> ' });
rl.prompt();
rl.on('line', function (line) {
  console.log(Number(line) * 2);
  rl.prompt();
});
rl.on('close', function () { console.log('bye'); });
// stdin: 2
// stdin: 21
// expect: calc> 4
// expect: calc> 42
// expect: calc> bye
