// doc: events.md § "emitter.once(eventName, listener)"
// once() and on() listeners of one event run in the order they were added; only the once() ones are gone afterwards.
var EventEmitter = require('events');
var e = new EventEmitter();
var log = [];
e.on('x', function () { log.push('on-a'); });
e.once('x', function () { log.push('once-b'); });
e.on('x', function () { log.push('on-c'); });
e.once('x', function () { log.push('once-d'); });
e.emit('x');
e.emit('x');
console.log(log.join(' '));
console.log(e.listenerCount('x'));
// expect: on-a once-b on-c once-d on-a on-c
// expect: 2
