// doc: events.md § "emitter.emit(eventName[, ...args])"
// Listeners run synchronously, in registration order, with every argument passed to emit.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('ev', function (a, b, c, d) { console.log('first', a, b, c, d); });
e.on('ev', function () { console.log('second', arguments.length); });
e.emit('ev', 1, 'two', null, undefined);
console.log('after');
// expect: first 1 two null undefined
// expect: second 4
// expect: after
