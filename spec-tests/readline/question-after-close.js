// doc: readline.md § "rl.close()"
// Asking a question on a closed interface throws ERR_USE_AFTER_CLOSE.
var readline = require('readline');
var rl = readline.createInterface({ input: new (require('stream').PassThrough)() });
rl.close();
try {
  rl.question('late? ', function () {});
} catch (e) {
  console.log(e.code, e.message);
}
// expect: ERR_USE_AFTER_CLOSE readline was closed
