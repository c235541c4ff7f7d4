// doc: stream.md § "stream.addAbortSignal(signal, stream)"
// addAbortSignal validates its arguments.
var stream = require('stream');

try { stream.addAbortSignal({}, new stream.PassThrough()); } catch (e) { console.log(e.code); }
try { stream.addAbortSignal(new AbortController().signal, {}); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_TYPE
// expect: ERR_INVALID_ARG_TYPE
