// doc: stream.md § "transform._flush(callback)"
// _flush runs after the last chunk and can push a final chunk before 'end'.
var stream = require('stream');

var total = 0;
var t = new stream.Transform({
  transform: function (c, e, cb) { total += c.length; cb(); },
  flush: function (cb) { cb(null, 'total ' + total); }
});
t.on('data', function (c) { console.log(c.toString()); });
t.on('end', function () { console.log('end'); });
t.end('12345');
// expect: total 5
// expect: end
