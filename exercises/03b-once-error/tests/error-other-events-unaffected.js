// doc: events.md § "emitter.emit(eventName[, ...args])"
// Only the 'error' event throws when nobody listens: any other event, even 'Error' or 'errors', returns false.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(e.emit('Error', new Error('a')), e.emit('errors', new Error('b')), e.emit('close'));
// expect: false false false
