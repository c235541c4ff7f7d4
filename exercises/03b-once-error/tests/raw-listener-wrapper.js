// doc: events.md § "emitter.rawListeners(eventName)"
// Calling the wrapper that rawListeners() returns for a once() listener runs the listener and removes it; calling the original does not.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('log', function () { console.log('log once'); });
var wrapper = e.rawListeners('log')[0];
wrapper.listener();
console.log(e.listenerCount('log'));
wrapper();
console.log(e.listenerCount('log'));
e.emit('log');
// expect: log once
// expect: 1
// expect: log once
// expect: 0
