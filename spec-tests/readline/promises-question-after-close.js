// doc: readline.md § "rl.question(query[, options])"
// On a closed readline/promises interface, question() rejects with ERR_USE_AFTER_CLOSE.
var readline = require('readline/promises');
var rl = readline.createInterface({ input: new (require('stream').PassThrough)() });
rl.close();
rl.question('late? ').then(function () { console.log('resolved'); }, function (e) { console.log('rejected', e.code); });
// expect: rejected ERR_USE_AFTER_CLOSE
