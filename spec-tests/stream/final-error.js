// doc: stream.md § "writable._final(callback)"
// An error from _final is emitted as 'error' and 'finish' never comes.
var stream = require('stream');

var w = new stream.Writable({
  write: function (c, e, cb) { cb(); },
  final: function (cb) { cb(new Error('nope')); }
});
w.on('finish', function () { console.log('finish'); });
w.on('error', function (e) { console.log('error', e.message); });
w.on('close', function () { console.log('close'); });
w.end();
// expect: error nope
// expect: close
