// doc: stream.md § "Class: stream.PassThrough", "readable.push(chunk[, encoding])"
// A PassThrough's output goes through its push(), called with the chunk alone.
// (minode's PassThrough hands its stock push() a private hint; an override never sees it.)
var stream = require('stream');

var p = new stream.PassThrough();
var calls = [];
p.push = function (chunk) {
  calls.push(chunk === null ? 'null' : chunk.toString() + '/' + arguments.length);
  return stream.PassThrough.prototype.push.apply(this, arguments);
};
p.resume();
p.on('end', function () { console.log(calls.join(' ')); });
p.write(Buffer.from('a'));
p.write('b');
p.end();
// expect: a/1 b/1 null
