// doc: events.md § "emitter.removeListener(eventName, listener)"
// removeListener removes the most recently added instance of the listener; off is an alias.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() { console.log('f'); }
e.on('x', f);
e.on('x', f);
e.removeListener('x', f);
e.emit('x');
e.off('x', f);
console.log(e.emit('x'), e.off === e.removeListener);
// expect: f
// expect: false true
