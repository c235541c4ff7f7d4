// doc: events.md § "Passing arguments and this to listeners"
// An ordinary listener function is called with this set to the emitter.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('x', function () { console.log(this === e); });
e.emit('x');
// expect: true
