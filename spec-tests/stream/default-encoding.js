// doc: stream.md § "writable.setDefaultEncoding(encoding)"
// setDefaultEncoding() sets how strings are decoded when write() names no encoding.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { console.log(c.toString('utf8')); cb(); } });
console.log(w.setDefaultEncoding('base64') === w);
w.write('aGk=');
// expect: true
// expect: hi
