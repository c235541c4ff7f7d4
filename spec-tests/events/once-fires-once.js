// doc: events.md § "emitter.once(eventName, listener)"
// A once() listener runs on the next emit only and is then removed.
var EventEmitter = require('events');
var e = new EventEmitter();
var n = 0;
e.once('x', function (v) { n++; console.log('got', v); });
console.log(e.listenerCount('x'));
e.emit('x', 1);
e.emit('x', 2);
console.log(n, e.listenerCount('x'));
// expect: 1
// expect: got 1
// expect: 1 0
