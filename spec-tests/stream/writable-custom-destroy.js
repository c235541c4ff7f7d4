// doc: stream.md § "writable._destroy(err, callback)"
// _destroy receives the error and may replace it.
var stream = require('stream');

var w = new stream.Writable({
  write: function (c, e, cb) { cb(); },
  destroy: function (err, cb) { console.log('_destroy', err.message); cb(new Error('replaced')); }
});
w.on('error', function (e) { console.log('error', e.message); });
w.destroy(new Error('original'));
// expect: _destroy original
// expect: error replaced
