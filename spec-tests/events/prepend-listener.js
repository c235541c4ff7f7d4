// doc: events.md § "emitter.prependListener(eventName, listener)"
// prependListener and prependOnceListener put the listener at the front of the list.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function () { console.log('b'); });
e.prependListener('x', function () { console.log('a'); });
e.prependOnceListener('x', function () { console.log('first only once'); });
e.emit('x');
e.emit('x');
// expect: first only once
// expect: a
// expect: b
// expect: a
// expect: b
