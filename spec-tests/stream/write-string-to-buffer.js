// doc: stream.md § "new stream.Writable([options])"
// By default strings written are converted to Buffers (decodeStrings) and encoding is 'buffer'.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { console.log(Buffer.isBuffer(c), e, c.toString('hex')); cb(); } });
w.write('hi');
w.write('6869', 'hex');
// expect: true buffer 6869
// expect: true buffer 6869
