// doc: stream.md § "Object mode"
// In object mode any value but null is data, undefined included: flowing mode emits each
// buffered value once, in order.
// (minode's flowing read takes the first buffered chunk without asking its length in object mode.)
var stream = require('stream');

var values = [1, undefined, 'x', undefined, { a: 2 }];
var r = new stream.Readable({
  objectMode: true,
  read: function () {
    while (values.length) this.push(values.shift());
    this.push(null);
  }
});
var got = [];
r.on('data', function (v) { got.push(v === undefined ? 'u' : typeof v === 'object' ? 'o' : String(v)); });
r.on('end', function () { console.log(got.join(',')); });
// expect: 1,u,x,u,o
