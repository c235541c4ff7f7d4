// doc: stream.md § "readable.read([size])", "Two reading modes"
// Flowing mode reads through the stream's own read(): an override on the instance sees every call.
// (minode's flowing loop skips the stock read() for a cheaper internal one; an override must still win.)
var stream = require('stream');

var left = 3;
var r = new stream.Readable({
  read: function () { this.push(left-- > 0 ? Buffer.from('ab') : null); }
});
var calls = 0;
var stock = r.read;
r.read = function (n) { calls++; return stock.call(this, n); };
var got = [];
r.on('data', function (c) { got.push(c.toString()); });
r.on('end', function () {
  console.log(got.join(','), calls > 3 ? 'read called' : 'read skipped: ' + calls);
});
// expect: ab,ab,ab read called
