// doc: events.md § "Error events"
// The error thrown for an unhandled 'error' is the emitted Error object itself, subclass and properties intact, and the emit call does not return.
var EventEmitter = require('events');
function MyError(msg) { var e = new Error(msg); Object.setPrototypeOf(e, MyError.prototype); return e; }
MyError.prototype = Object.create(Error.prototype, { constructor: { value: MyError } });
var e = new EventEmitter();
var err = new MyError('custom');
err.code = 'E_CUSTOM';
var returned = 'nothing';
try {
  returned = e.emit('error', err, 'extra');
} catch (caught) {
  console.log(caught === err, caught instanceof MyError, caught.code);
}
console.log(returned);
// expect: true true E_CUSTOM
// expect: nothing
