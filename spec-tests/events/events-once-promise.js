// doc: events.md § "events.once(emitter, name[, options])"
// events.once returns a promise that resolves with the array of arguments of the next emit.
var EventEmitter = require('events');
var e = new EventEmitter();
EventEmitter.once(e, 'ready').then(function (args) {
  console.log('resolved', args);
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
});
e.emit('ready', 1, 'two');
// expect: resolved [ 1, 'two' ]
// expect: 0 0
