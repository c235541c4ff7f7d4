// doc: stream.md § "new stream.Readable([options])"
// A highWaterMark that is not a non-negative integer throws ERR_INVALID_ARG_VALUE.
var stream = require('stream');

try { new stream.Readable({ highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }
try { new stream.Writable({ highWaterMark: 'a' }); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received -1
// expect: ERR_INVALID_ARG_VALUE
