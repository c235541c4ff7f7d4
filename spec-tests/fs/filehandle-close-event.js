// doc: fs.md § "Event: 'close'"
// A FileHandle emits 'close' when closed, and is unusable after.
var fs = require('fs');
var path = require('path');
var os = require('os');
var p = path.join(os.tmpdir(), 'minode-fs-filehandle-close-event-' + process.pid);
fs.writeFileSync(p, '');
fs.promises.open(p).then(function (h) {
  h.on('close', function () { console.log('close event'); });
  return h.close().then(function () { return h.stat(); });
}).catch(function (e) { console.log(e.code); fs.unlinkSync(p); });
// expect: close event
// expect: EBADF
