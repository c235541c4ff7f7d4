// doc: events.md § "emitter.once(eventName, listener)"
// A once() listener that emits its own event again is not called a second time.
var EventEmitter = require('events');
var e = new EventEmitter();
var calls = 0;
e.once('x', function (n) {
  calls++;
  console.log('once', n);
  e.emit('x', n + 1);
});
e.on('x', function (n) { console.log('on', n); });
e.emit('x', 1);
console.log('calls:', calls);
// expect: once 1
// expect: on 2
// expect: on 1
// expect: calls: 1
