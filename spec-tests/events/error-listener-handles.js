// doc: events.md § "Error events"
// With an 'error' listener, emit('error') calls it instead of throwing.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('error', function (err) { console.log('handled', err.message); });
console.log(e.emit('error', new Error('oops')));
// expect: handled oops
// expect: true
