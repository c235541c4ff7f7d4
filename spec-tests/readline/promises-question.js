// doc: readline.md § "rl.question(query[, options])"
// readline/promises' rl.question returns a Promise of the answer.
var readline = require('readline/promises');
async function main() {
  var rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  var answer = await rl.question('Favourite number? ');
  console.log(Number(answer) * 2);
  rl.close();
}
main();
// stdin: 21
// expect: Favourite number? 42
