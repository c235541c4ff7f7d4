// doc: events.md § "emitter.rawListeners(eventName)"
// A once() listener can be removed by its original function; rawListeners shows the wrapper, listeners the original.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() { console.log('never'); }
e.once('x', f);
console.log(e.listeners('x')[0] === f, e.rawListeners('x')[0] === f, e.rawListeners('x')[0].listener === f);
e.removeListener('x', f);
console.log(e.emit('x'));
// expect: true false true
// expect: false
