// doc: events.md § "Passing arguments and `this` to listeners"
// A once() listener gets every argument of emit() and `this` set to the emitter, and its return value is ignored by emit.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('data', function (a, b, c, d) {
  console.log(this === e, arguments.length, a, b, c, d);
  return 'ignored';
});
console.log(e.emit('data', 1, 'two', null, 4));
console.log(e.emit('data', 5));
// expect: true 4 1 two null 4
// expect: true
// expect: false
