// doc: events.md § "emitter.once(eventName, listener)"
// A once() listener is removed before it is called: inside it, the emitter already has no listener for the event.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('ready', function () {
  console.log('inside, listeners:', e.listenerCount('ready'));
});
e.emit('ready');
console.log('after, listeners:', e.listenerCount('ready'));
// expect: inside, listeners: 0
// expect: after, listeners: 0
