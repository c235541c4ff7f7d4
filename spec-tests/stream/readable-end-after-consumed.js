// doc: stream.md § "Event: 'end'"
// 'end' fires only once all data has been consumed.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.push('a'); r.push(null);
var ended = false;
r.on('end', function () { ended = true; console.log('end'); });
setTimeout(function () {
  console.log('ended before reading:', ended);
  r.resume();
}, 10);
// expect: ended before reading: false
// expect: end
