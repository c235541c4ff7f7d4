// doc: stream.md § "readable.map(fn[, options])"
// Operators check that fn is a function.
var stream = require('stream');

try { stream.Readable.from([1]).map(42); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_TYPE
