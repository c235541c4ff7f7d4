// doc: events.md § "Error events"
// A once('error') listener handles one error; the next 'error' with no listener left is thrown.
var EventEmitter = require('events');
var e = new EventEmitter();
e.once('error', function (err) { console.log('handled', err.message); });
console.log(e.emit('error', new Error('first')));
try {
  e.emit('error', new Error('second'));
  console.log('not thrown');
} catch (err) {
  console.log('thrown', err.message);
}
// expect: handled first
// expect: true
// expect: thrown second
