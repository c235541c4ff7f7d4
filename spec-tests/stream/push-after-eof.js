// doc: stream.md § "readable.push(chunk[, encoding])"
// push() after push(null) emits ERR_STREAM_PUSH_AFTER_EOF.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push(null);
r.on('error', function (e) { console.log('error', e.code, e.message); });
r.push('late');
// expect: error ERR_STREAM_PUSH_AFTER_EOF stream.push() after EOF
