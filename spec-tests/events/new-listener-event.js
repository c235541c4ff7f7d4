// doc: events.md § "Event: 'newListener'"
// 'newListener' fires before the listener is added, with the event name and listener.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on('newListener', function (name, listener) {
  console.log('adding', name, typeof listener, e.listenerCount(name));
});
e.on('data', function () {});
e.once('end', function () {});
// expect: adding data function 0
// expect: adding end function 0
