// doc: events.md § "emitter.removeAllListeners([eventName])"
// removeAllListeners(name) clears one event; with no argument it clears every event.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('a', function () {});
e.on('a', function () {});
e.on('b', function () {});
console.log(e.removeAllListeners('a') === e, e.eventNames());
e.removeAllListeners();
console.log(e.eventNames(), e.listenerCount('b'));
// expect: true [ 'b' ]
// expect: [] 0
