// doc: readline.md § "rl.close()"
// rl.close() pauses the interface ('pause'), then emits 'close' once; closed becomes true.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
rl.on('pause', function () { console.log('pause'); });
rl.on('close', function () { console.log('close'); });
rl.close();
rl.close();
console.log('closed', rl.closed, input.isPaused());
// expect: pause
// expect: close
// expect: closed true true
