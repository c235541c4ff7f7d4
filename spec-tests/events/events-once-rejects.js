// doc: events.md § "events.once(emitter, name[, options])"
// events.once rejects if 'error' is emitted while waiting.
var EventEmitter = require('events');
var e = new EventEmitter();
EventEmitter.once(e, 'ready').then(null, function (err) {
  console.log('rejected', err.message, e.listenerCount('ready'));
});
e.emit('error', new Error('failed'));
// expect: rejected failed 0
