// doc: stream.md § "writable.setDefaultEncoding(encoding)"
// An unknown encoding throws ERR_UNKNOWN_ENCODING.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
try { w.setDefaultEncoding('klingon'); } catch (e) { console.log(e.code, e.message); }
try { w.write('x', 'klingon'); } catch (e) { console.log(e.code); }
// expect: ERR_UNKNOWN_ENCODING Unknown encoding: klingon
// expect: ERR_UNKNOWN_ENCODING
