// doc: stream.md § "Event: 'readable'"
// With both 'readable' and 'data' listeners, 'readable' takes control: 'data' fires only when read() is called.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('data', function (c) { console.log('data', c.toString()); });
r.on('readable', function () { console.log('readable'); var c; while ((c = r.read()) !== null) {} });
r.push('a');
r.push(null);
r.on('end', function () { console.log('end'); });
// expect: readable
// expect: data a
// expect: end
