// doc: stream.md § "writable._construct(callback)"
// An error from _construct destroys the stream: 'error' then 'close'.
var stream = require('stream');

var w = new stream.Writable({
  construct: function (cb) { cb(new Error('no device')); },
  write: function (c, e, cb) { console.log('write'); cb(); }
});
w.on('error', function (e) { console.log('error', e.message); });
w.on('close', function () { console.log('close'); });
w.write('x');
// expect: error no device
// expect: close
