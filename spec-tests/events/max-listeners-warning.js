// doc: events.md § "emitter.setMaxListeners(n)"
// Adding more listeners than the maximum prints one MaxListenersExceededWarning, but still adds them.
var EventEmitter = require('events');
var e = new EventEmitter();
e.setMaxListeners(2);
for (var i = 0; i < 5; i++) e.on('data', function () {});
console.log(e.listenerCount('data'));
// expect: 5
// expect-stderr: /MaxListenersExceededWarning: Possible EventEmitter memory leak detected\. 3 data listeners added to \[EventEmitter\]\. MaxListeners is 2\./
