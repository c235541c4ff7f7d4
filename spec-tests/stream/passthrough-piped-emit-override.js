// doc: events.md § "emitter.emit(eventName[, ...args])"; stream.md § "Event: 'data'"
// A piped PassThrough whose emit() is replaced while data flows emits every later chunk's 'data' through it.
// (minode hands a piped stock PassThrough's chunk downstream without emitting 'data'; an override must still win.)
var stream = require('stream');

var left = 5;
var src = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('ab') : null); }
});
var mid = new stream.PassThrough();
var out = [], datas = 0;
var dst = new stream.Writable({
  write: function (c, e, cb) {
    out.push(c.toString());
    if (out.length === 2) {
      var emit = mid.emit;
      mid.emit = function (type) { if (type === 'data') datas++; return emit.apply(this, arguments); };
    }
    cb();
  }
});
src.pipe(mid).pipe(dst);
dst.on('finish', function () { console.log(out.length, datas); });
// expect: 5 3
