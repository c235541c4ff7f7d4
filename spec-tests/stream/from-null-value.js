// doc: stream.md § "stream.Readable.from(iterable[, options])"
// A null value in the iterable is an error: ERR_STREAM_NULL_VALUES.
var stream = require('stream');

var r = stream.Readable.from(['a', null, 'b']);
r.on('data', function (v) { console.log('data', v); });
r.on('error', function (e) { console.log('error', e.code); });
// expect: data a
// expect: error ERR_STREAM_NULL_VALUES
