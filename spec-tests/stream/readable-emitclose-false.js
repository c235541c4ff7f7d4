// doc: stream.md § "new stream.Readable([options])"
// emitClose: false suppresses 'close' though the stream is still destroyed.
var stream = require('stream');

var r = new stream.Readable({ emitClose: false, read: function () { this.push(null); } });
r.on('close', function () { console.log('close'); });
r.on('end', function () { console.log('end'); });
r.resume();
setTimeout(function () { console.log('destroyed', r.destroyed); }, 20);
// expect: end
// expect: destroyed true
