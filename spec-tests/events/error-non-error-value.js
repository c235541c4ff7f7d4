// doc: events.md § "Error events"
// Emitting 'error' with a non-Error value and no listener throws ERR_UNHANDLED_ERROR.
var EventEmitter = require('events');
var e = new EventEmitter();
try {
  e.emit('error', 'just a string');
} catch (err) {
  console.log(err.name, err.code);
  console.log(err.message);
  console.log(err.context);
}
try {
  e.emit('error');
} catch (err) {
  console.log(err.message);
}
// expect: Error ERR_UNHANDLED_ERROR
// expect: Unhandled error. ('just a string')
// expect: just a string
// expect: Unhandled error. (undefined)
