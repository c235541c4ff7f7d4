// doc: events.md § "Class: EventEmitter"
// require('events') is the EventEmitter class itself, also exported as .EventEmitter.
var EventEmitter = require('events');
console.log(typeof EventEmitter, EventEmitter === EventEmitter.EventEmitter);
console.log(new EventEmitter() instanceof EventEmitter);
// expect: function true
// expect: true
