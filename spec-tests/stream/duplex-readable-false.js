// doc: stream.md § "new stream.Duplex(options)"
// readable: false makes a write-only Duplex: readableEnded is already true.
var stream = require('stream');

var d = new stream.Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
console.log(d.readable, d.writable);
d.on('close', function () { console.log('close'); });
d.end('x');
// expect: false true
// expect: close
