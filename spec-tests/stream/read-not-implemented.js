// doc: stream.md § "readable._read(size)"
// A Readable without _read errors with ERR_METHOD_NOT_IMPLEMENTED when read.
var stream = require('stream');

var r = new stream.Readable();
r.on('error', function (e) { console.log(e.code, e.message); });
r.read();
// expect: ERR_METHOD_NOT_IMPLEMENTED The _read() method is not implemented
