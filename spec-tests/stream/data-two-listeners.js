// doc: stream.md § "Event: 'data'"; events.md § "emitter.emit(eventName[, ...args])"
// Every 'data' listener gets every chunk, in the order added (pipe()'s own listener first here).
var stream = require('stream');

var src = new stream.Readable({ read: function () {} });
var mid = src.pipe(new stream.PassThrough());
var log = [];
src.on('data', function (c) { log.push('src2:' + c); });
mid.on('data', function (c) { log.push('a:' + c); });
mid.on('data', function (c) { log.push('b:' + c); });
src.push(Buffer.from('x'));
src.push(Buffer.from('y'));
src.push(null);
mid.on('end', function () { console.log(log.join(' ')); });
// expect: a:x b:x src2:x a:y b:y src2:y
