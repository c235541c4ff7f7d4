// doc: stream.md § "readable._destroy(err, callback)"
// _destroy gets the error and its callback; destroy's own callback runs synchronously after it.
var stream = require('stream');

var r = new stream.Readable({
  read: function () {},
  destroy: function (err, cb) { console.log('_destroy', err); cb(); }
});
r.on('close', function () { console.log('close'); });
r.destroy(null, function (err) { console.log('callback', err); });
console.log('after destroy');
// expect: _destroy null
// expect: callback undefined
// expect: after destroy
// expect: close
