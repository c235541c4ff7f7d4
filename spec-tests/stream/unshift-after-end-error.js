// doc: stream.md § "readable.unshift(chunk[, encoding])"
// unshift() after 'end' is an error: ERR_STREAM_UNSHIFT_AFTER_END_EVENT.
var stream = require('stream');

var r = new stream.Readable({ read: function () { this.push(null); } });
r.on('error', function (e) { console.log('error', e.code); });
r.on('end', function () { r.unshift('x'); });
r.resume();
// expect: error ERR_STREAM_UNSHIFT_AFTER_END_EVENT
