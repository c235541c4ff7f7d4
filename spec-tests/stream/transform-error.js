// doc: stream.md § "transform._transform(chunk, encoding, callback)"
// An error passed to the transform callback destroys the Transform: 'error' then 'close'.
var stream = require('stream');

var t = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('bad input')); } });
t.on('error', function (e) { console.log('error', e.message); });
t.on('close', function () { console.log('close'); });
t.write('x');
// expect: error bad input
// expect: close
