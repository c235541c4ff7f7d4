// doc: events.md § "Class: EventEmitter"
// console.log of a new EventEmitter shows its internal fields as Node v20 does.
var EventEmitter = require('events');
console.log(new EventEmitter());
// expect: EventEmitter {
// expect:   _events: [Object: null prototype] {},
// expect:   _eventsCount: 0,
// expect:   _maxListeners: undefined,
// expect:   [Symbol(shapeMode)]: false,
// expect:   [Symbol(kCapture)]: false
// expect: }
