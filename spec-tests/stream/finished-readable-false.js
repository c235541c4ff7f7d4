// doc: stream.md § "stream.finished(stream[, options], callback)"
// With { readable: false } finished() on a Duplex waits only for the writable side.
var stream = require('stream');

var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
stream.finished(d, { readable: false }, function (err) { console.log('writable side done', err); });
d.end('x');
// expect: writable side done undefined
