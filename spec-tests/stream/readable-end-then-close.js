// doc: stream.md § "Event: 'close'"
// With autoDestroy (the default) a Readable emits 'close' after 'end'.
var stream = require('stream');

var r = new stream.Readable({ read: function () { this.push('z'); this.push(null); } });
r.on('data', function () { console.log('data'); });
r.on('end', function () { console.log('end', r.destroyed); });
r.on('close', function () { console.log('close', r.destroyed, r.closed); });
// expect: data
// expect: end false
// expect: close true true
