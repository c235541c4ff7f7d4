// doc: stream.md § "stream.compose(...streams)"
// stream.compose (experimental in Node) is not implemented in minode: it throws ERR_NOT_IMPLEMENTED instead of returning a half-working Duplex.
// minode-differs: compose is left out (issue 6); node returns a composed Duplex
var stream = require('stream');
try { stream.compose(new stream.PassThrough(), new stream.PassThrough()); console.log('composed'); }
catch (e) { console.log(e.code, e.message); }
// expect: ERR_NOT_IMPLEMENTED stream.compose is not implemented in minode
