// doc: stream.md § "stream.Readable.from(iterable[, options])"
// Readable.from() of a non-iterable throws ERR_INVALID_ARG_TYPE.
var stream = require('stream');

try { stream.Readable.from(42); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_TYPE
