// doc: readline.md § "rl.question(query[, options], callback)"
// rl.question writes the query to output and passes the next input line to the callback.
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('Name? ', function (answer) {
  console.log('Hello, ' + answer + '!');
  rl.close();
});
// stdin: Ada
// expect: Name? Hello, Ada!
