// doc: readline.md § "rl[Symbol.asyncIterator]()"
// for await (const line of rl) yields each input line and finishes when the input ends.
var readline = require('readline');
async function main() {
  var rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  var n = 0;
  for await (const line of rl) console.log(++n + ': ' + line);
  console.log('done');
}
main();
// stdin: alpha
// stdin: beta
// expect: 1: alpha
// expect: 2: beta
// expect: done
