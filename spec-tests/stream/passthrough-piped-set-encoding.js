// doc: stream.md § "readable.setEncoding(encoding)", "Class: stream.PassThrough"
// A piped PassThrough given an encoding while data flows hands its destination strings from then on.
// (minode passes Buffers through a piped stock PassThrough itself; with a decoder it must take the general path.)
var stream = require('stream');

var left = 4;
var src = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('h\u00e9') : null); }
});
var mid = new stream.PassThrough();
var out = [];
var dst = new stream.Writable({
  decodeStrings: false,
  write: function (c, e, cb) {
    out.push(typeof c + ':' + (typeof c === 'string' ? e : c.length));
    if (out.length === 2) mid.setEncoding('utf8');
    cb();
  }
});
src.pipe(mid).pipe(dst);
dst.on('finish', function () { console.log(out.join(' ')); });
// expect: object:3 object:3 string:utf8 string:utf8
