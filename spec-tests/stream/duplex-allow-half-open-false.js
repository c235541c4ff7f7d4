// doc: stream.md § "duplex.allowHalfOpen"
// With allowHalfOpen: false the writable side ends when the readable side ends.
var stream = require('stream');

var d = new stream.Duplex({
  allowHalfOpen: false,
  read: function () { this.push(null); },
  write: function (c, e, cb) { cb(); }
});
console.log(d.allowHalfOpen);
d.on('finish', function () { console.log('finish'); });
d.on('end', function () { console.log('end'); });
d.resume();
// expect: false
// expect: end
// expect: finish
