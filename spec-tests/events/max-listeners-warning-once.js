// doc: events.md § "emitter.setMaxListeners(n)"
// The MaxListenersExceededWarning is printed once per event name, carrying emitter, type and count.
var EventEmitter = require('events');
var e = new EventEmitter();
var warnings = 0;
process.on('warning', function (w) {
  warnings++;
  console.log(w.name, w.type, w.count, w.emitter === e);
});
e.setMaxListeners(1);
e.on('x', function () {});
e.on('x', function () {});
e.on('x', function () {});
setTimeout(function () { console.log('warnings', warnings); }, 10);
// expect: MaxListenersExceededWarning x 2 true
// expect: warnings 1
