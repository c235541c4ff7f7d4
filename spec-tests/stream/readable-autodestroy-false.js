// doc: stream.md § "new stream.Readable([options])"
// autoDestroy: false leaves the stream undestroyed after 'end', and no 'close' follows.
var stream = require('stream');

var r = new stream.Readable({ autoDestroy: false, read: function () { this.push(null); } });
r.on('close', function () { console.log('close'); });
r.on('end', function () { console.log('end'); });
r.resume();
setTimeout(function () { console.log('destroyed', r.destroyed); }, 20);
// expect: end
// expect: destroyed false
