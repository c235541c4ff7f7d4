// doc: stream.md § "readable.setEncoding(encoding)", "readable.pipe(destination[, options])"
// A piped source with an encoding set hands the destination strings, which a Writable
// (decodeStrings: false) receives as they are.
// (minode's pipe hand-over is for byte streams of Buffers only; decoded strings take the general path.)
var stream = require('stream');

var i = 0;
var r = new stream.Readable({
  read: function () { this.push(i++ < 3 ? Buffer.from('hé') : null); }
});
r.setEncoding('utf8');
var types = [], text = '';
var w = new stream.Writable({
  decodeStrings: false,
  write: function (c, e, cb) { types.push(typeof c + ':' + e); text += c; cb(); }
});
r.pipe(w);
w.on('finish', function () { console.log(types.join(' '), text); });
// expect: string:utf8 string:utf8 string:utf8 héhéhé
