// doc: events.md § "emitter.emit(eventName[, ...args])"; stream.md § "Event: 'data'"
// A stream's own events go through emitter.emit, so an emit overridden on the
// instance sees them, and a 'data' listener gets exactly one argument.
// (minode's streams use a fixed-arity fast emit; this pins that it still
// defers to an overridden emit.)
var Readable = require('stream').Readable;
var r = new Readable({ read: function () {} });
var seen = [];
var emit = r.emit;
r.emit = function (type) {
  if (type === 'data' || type === 'end') seen.push(type);
  return emit.apply(this, arguments);
};
r.on('data', function () { console.log('data args', arguments.length); });
r.on('end', function () { console.log('seen', seen.join(' ')); });
r.push('a');
r.push(null);
// expect: data args 1
// expect: seen data end
