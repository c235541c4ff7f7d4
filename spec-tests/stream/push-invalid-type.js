// doc: stream.md § "readable.push(chunk[, encoding])"
// Outside objectMode, pushing a number is an ERR_INVALID_ARG_TYPE error.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('error', function (e) { console.log('error', e.code); });
r.push(42);
// expect: error ERR_INVALID_ARG_TYPE
