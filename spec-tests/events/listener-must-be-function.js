// doc: events.md § "emitter.on(eventName, listener)"
// Adding a non-function listener throws ERR_INVALID_ARG_TYPE.
var EventEmitter = require('events');
var e = new EventEmitter();
try {
  e.on('x', 'nope');
} catch (err) {
  console.log(err.name, err.code);
  console.log(err.message);
}
// expect: TypeError ERR_INVALID_ARG_TYPE
// expect: The "listener" argument must be of type function. Received type string ('nope')
