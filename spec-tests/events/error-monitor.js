// doc: events.md § "events.errorMonitor"
// errorMonitor listeners see 'error' events before the regular listeners and do not count as handling them.
var EventEmitter = require('events');
var e = new EventEmitter();
e.on(EventEmitter.errorMonitor, function (err) { console.log('monitor', err.message); });
try {
  e.emit('error', new Error('x'));
} catch (err) {
  console.log('still thrown', err.message);
}
// expect: monitor x
// expect: still thrown x
