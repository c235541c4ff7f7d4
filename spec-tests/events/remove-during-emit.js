// doc: events.md § "emitter.removeListener(eventName, listener)"
// A listener removed while an emit is in progress still runs for that emit, but not for the next.
var EventEmitter = require('events');
var e = new EventEmitter();
function b() { console.log('b'); }
e.on('x', function () { console.log('a'); e.removeListener('x', b); });
e.on('x', b);
e.emit('x');
console.log('--');
e.emit('x');
// expect: a
// expect: b
// expect: --
// expect: a
