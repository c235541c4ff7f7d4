// doc: stream.md § "Two reading modes"
// A new Readable is not flowing: readableFlowing is null and no data is produced until a consumer asks.
var stream = require('stream');

var reads = 0;
var r = new stream.Readable({ read: function () { reads++; this.push(null); } });
console.log(r.readableFlowing, r.isPaused());
setTimeout(function () { console.log('reads', reads); }, 20);
// expect: null false
// expect: reads 0
