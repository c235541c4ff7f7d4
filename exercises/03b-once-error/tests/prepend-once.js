// doc: events.md § "emitter.prependOnceListener(eventName, listener)"
// prependOnceListener() adds a one-time listener at the front of the list.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function () { console.log('regular'); });
e.prependOnceListener('x', function () { console.log('first, once'); });
e.emit('x');
e.emit('x');
// expect: first, once
// expect: regular
// expect: regular
