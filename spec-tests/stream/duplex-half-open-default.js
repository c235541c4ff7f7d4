// doc: stream.md § "duplex.allowHalfOpen"
// By default (allowHalfOpen true) the writable side stays open after 'end', and 'close' waits for both sides.
var stream = require('stream');

var d = new stream.Duplex({
  read: function () { this.push(null); },
  write: function (c, e, cb) { cb(); }
});
d.on('end', function () {
  setTimeout(function () { console.log('writable after end', d.writable); d.end(); }, 5);
});
d.on('close', function () { console.log('close'); });
d.resume();
// expect: writable after end true
// expect: close
