// doc: stream.md § "Event: 'readable'"
// A 'readable' listener puts the stream in paused mode and read() pulls the data.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('readable', function () {
  var c = r.read();
  console.log('readable', c === null ? null : c.toString(), r.readableFlowing);
});
r.push('abc');
setTimeout(function () { r.push(null); }, 10);
r.on('end', function () { console.log('end'); });
// expect: readable abc false
// expect: readable null false
// expect: end
