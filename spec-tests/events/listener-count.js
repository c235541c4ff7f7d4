// doc: events.md § "emitter.listenerCount(eventName[, listener])"
// listenerCount counts listeners of an event, or only those matching a given function.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() {}
e.on('x', f);
e.on('x', function () {});
e.once('x', f);
console.log(e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('nope'));
console.log(EventEmitter.listenerCount(e, 'x'));
// expect: 3 2 0
// expect: 3
