// doc: events.md § "emitter.emit(eventName[, ...args])"
// A listener added during an emit is not called until the next emit.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('x', function () { console.log('a'); e.on('x', function () { console.log('late'); }); });
e.emit('x');
console.log('--');
e.emit('x');
// expect: a
// expect: --
// expect: late
