// doc: stream.md § "writable._final(callback)"
// _final runs after all writes and before 'finish'.
var stream = require('stream');

var w = new stream.Writable({
  write: function (c, e, cb) { console.log('write'); cb(); },
  final: function (cb) { console.log('final'); setTimeout(cb, 2); }
});
w.on('finish', function () { console.log('finish'); });
w.end('x');
// expect: write
// expect: final
// expect: finish
