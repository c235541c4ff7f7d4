// doc: stream.md § "writable.write(chunk[, encoding][, callback])"
// A Uint8Array chunk is accepted and reaches _write as a Buffer.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { console.log(Buffer.isBuffer(c), e, c.length); cb(); } });
w.write(new Uint8Array([1, 2, 3]));
// expect: true buffer 3
