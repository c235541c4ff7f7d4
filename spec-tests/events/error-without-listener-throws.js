// doc: events.md § "Error events"
// Emitting 'error' with no listener throws the error itself.
var EventEmitter = require('events');
var e = new EventEmitter();
var err = new Error('boom');
try {
  e.emit('error', err);
} catch (caught) {
  console.log(caught === err, caught.message);
}
// expect: true boom
