// doc: events.md § "emitter.emit(eventName[, ...args])"
// emit returns true when the event had listeners and false otherwise.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(e.emit('a'));
e.on('a', function () {});
console.log(e.emit('a'));
// expect: false
// expect: true
