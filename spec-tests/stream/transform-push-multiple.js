// doc: stream.md § "transform._transform(chunk, encoding, callback)"
// _transform may push several chunks for one input.
var stream = require('stream');

var t = new stream.Transform({
  readableObjectMode: true,
  transform: function (c, e, cb) {
    var s = c.toString();
    for (var i = 0; i < s.length; i++) this.push(s[i]);
    cb();
  }
});
var out = [];
t.on('data', function (x) { out.push(x); });
t.on('end', function () { console.log(out.join('|')); });
t.end('abc');
// expect: a|b|c
