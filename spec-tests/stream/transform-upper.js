// doc: stream.md § "Implementing a transform stream"
// A Transform's output is what _transform pushes or passes to its callback.
var stream = require('stream');

var t = new stream.Transform({
  transform: function (c, e, cb) { cb(null, c.toString().toUpperCase()); }
});
t.on('data', function (c) { console.log(c.toString()); });
t.write('abc');
t.end('def');
// expect: ABC
// expect: DEF
