// doc: events.md § "emitter.emit(eventName[, ...args])"
// Every listener of a multi-listener event sees exactly the arguments given to
// emit, however many (zero, one, two or more), and emit returns true.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function () { console.log('first', arguments.length); });
e.on('x', function () { console.log('second', arguments.length); });
console.log(e.emit('x'), e.emit('x', 1), e.emit('x', 1, 2), e.emit('y', 1));
// expect: first 0
// expect: second 0
// expect: first 1
// expect: second 1
// expect: first 2
// expect: second 2
// expect: true true true false
