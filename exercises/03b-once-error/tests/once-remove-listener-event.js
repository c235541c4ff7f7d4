// doc: events.md § "Event: 'removeListener'"
// When a once() listener fires, 'removeListener' is emitted with the original function, not the wrapper.
var EventEmitter = require('events');
var e = new EventEmitter();
function handler() { console.log('handler'); }
e.on('removeListener', function (name, fn) { console.log('removed', name, fn === handler); });
e.once('x', handler);
e.emit('x');
// expect: removed x true
// expect: handler
