// doc: events.md § "events.defaultMaxListeners"
// defaultMaxListeners is 10; setMaxListeners changes one emitter and returns it.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(EventEmitter.defaultMaxListeners, e.getMaxListeners());
console.log(e.setMaxListeners(3) === e, e.getMaxListeners());
try {
  e.setMaxListeners(-1);
} catch (err) {
  console.log(err.code, err.message);
}
// expect: 10 10
// expect: true 3
// expect: ERR_OUT_OF_RANGE The value of "setMaxListeners" is out of range. It must be >= 0. Received -1
