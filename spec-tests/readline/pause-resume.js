// doc: readline.md § "rl.pause()"
// rl.pause() pauses the input stream and emits 'pause'; rl.resume() undoes it and emits 'resume'.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
rl.on('pause', function () { console.log('pause', input.isPaused()); });
rl.on('resume', function () { console.log('resume', input.isPaused()); });
rl.pause();
rl.resume();
rl.close();
// expect: pause true
// expect: resume false
// expect: pause true
