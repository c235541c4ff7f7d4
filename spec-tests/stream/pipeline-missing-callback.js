// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// pipeline() without a callback throws ERR_INVALID_ARG_TYPE.
var stream = require('stream');

try { stream.pipeline(stream.Readable.from(['x']), new stream.PassThrough()); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_TYPE
