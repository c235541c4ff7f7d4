// doc: stream.md § "stream.finished(stream[, options], callback)"
// A stream destroyed before ending gives ERR_STREAM_PREMATURE_CLOSE.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
stream.finished(r, function (err) { console.log(err.code, err.message); });
r.destroy();
// expect: ERR_STREAM_PREMATURE_CLOSE Premature close
