// doc: events.md § "events.getEventListeners(emitterOrTarget, eventName)"
// getEventListeners returns a copy of the listeners for the named event.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() {}
e.on('foo', f);
var list = EventEmitter.getEventListeners(e, 'foo');
console.log(list.length, list[0] === f);
console.log(EventEmitter.getEventListeners(e, 'bar'));
// expect: 1 true
// expect: []
