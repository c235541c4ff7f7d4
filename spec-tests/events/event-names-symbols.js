// doc: events.md § "emitter.eventNames()"
// eventNames lists string and symbol event names that have listeners.
var EventEmitter = require('events');
var e = new EventEmitter();
var s = Symbol('sym');
e.on('foo', function () {});
e.on(s, function () {});
e.on('bar', function () {});
console.log(e.eventNames());
// expect: [ 'foo', 'bar', Symbol(sym) ]
