// doc: events.md § "Error events"
// An unhandled 'error' event crashes the process with exit code 1 and the error on stderr.
var EventEmitter = require('events');
var e = new EventEmitter();
console.log('before');
e.emit('error', new Error('nobody listens'));
console.log('not reached');
// expect: before
// expect-exit: 1
// expect-stderr: /Error: nobody listens/
