// doc: events.md § "Event: 'removeListener'"
// 'removeListener' fires after a listener is removed.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() {}
e.on('removeListener', function (name, listener) {
  console.log('removed', name, listener === f, e.listenerCount(name));
});
e.on('x', f);
e.removeListener('x', f);
e.once('y', f);
e.emit('y');
// expect: removed x true 0
// expect: removed y true 0
