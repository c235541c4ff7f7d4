// doc: stream.md § "Event: 'pause'"
// pause() emits 'pause' synchronously; resume() emits 'resume' on a later tick.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('pause', function () { console.log('pause'); });
r.on('resume', function () { console.log('resume'); });
r.resume();
console.log('resumed', r.readableFlowing);
setTimeout(function () { r.pause(); console.log('paused', r.isPaused(), r.readableFlowing); }, 5);
// expect: resumed true
// expect: resume
// expect: pause
// expect: paused true false
