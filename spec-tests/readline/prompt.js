// doc: readline.md § "rl.prompt([preserveCursor])"
// rl.prompt() writes the prompt ('> ' by default, or setPrompt's) to output.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var rl = readline.createInterface({ input: new PassThrough(), output: process.stdout });
console.log(JSON.stringify(rl.getPrompt()));
rl.prompt();
rl.setPrompt('$ ');
rl.prompt();
console.log(JSON.stringify(rl.getPrompt()));
rl.close();
// expect: "> "
// expect: > $ "$ "
