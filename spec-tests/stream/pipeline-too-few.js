// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// pipeline() with fewer than two streams throws ERR_MISSING_ARGS.
var stream = require('stream');

try { stream.pipeline(stream.Readable.from(['x']), function () {}); } catch (e) { console.log(e.code); }
// expect: ERR_MISSING_ARGS
