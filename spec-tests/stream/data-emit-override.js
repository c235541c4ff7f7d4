// doc: events.md § "emitter.emit(eventName[, ...args])"; stream.md § "Event: 'data'"
// A stream whose emit() is overridden sees every 'data' event go through it, in pipe chains too.
// (minode calls a lone 'data' listener directly when emit is the stock one; an override must still win.)
var stream = require('stream');

var src = new stream.Readable({ read: function () {} });
var mid = new stream.PassThrough();
var seen = { src: 0, mid: 0 };
function spy(s, name) {
  var emit = s.emit;
  s.emit = function (type) {
    if (type === 'data') seen[name]++;
    return emit.apply(this, arguments);
  };
}
spy(src, 'src');
spy(mid, 'mid');
var out = [];
src.pipe(mid).on('data', function (c) { out.push(c.toString()); });
src.push(Buffer.from('one'));
src.push(Buffer.from('two'));
src.push(null);
mid.on('end', function () { console.log(out.join('+'), seen.src, seen.mid); });
// expect: one+two 2 2
