// doc: stream.md § "writable._write(chunk, encoding, callback)"
// A Writable without _write or _writev throws ERR_METHOD_NOT_IMPLEMENTED on write.
var stream = require('stream');

var w = new stream.Writable();
try { w.write('x'); } catch (e) { console.log(e.code, e.message); }
// expect: ERR_METHOD_NOT_IMPLEMENTED The _write() method is not implemented
