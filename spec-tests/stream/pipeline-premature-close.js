// doc: stream.md § "stream.pipeline(source[, ...transforms], destination, callback)"
// A stage destroyed without an error fails the pipeline with ERR_STREAM_PREMATURE_CLOSE.
var stream = require('stream');

var src = new stream.Readable({ read: function () {} });
stream.pipeline(src, new stream.PassThrough(), function (err) { console.log(err.code); });
setTimeout(function () { src.destroy(); }, 2);
// expect: ERR_STREAM_PREMATURE_CLOSE
