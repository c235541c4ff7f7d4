// internal/process/promises: unhandled-rejection tracking, Node's default
// mode (--unhandled-rejections=throw).
//
// What: Promise (internal/builtins/promise.js) tells this module when a
// promise is rejected with no handler and when a handler is added to a
// rejected promise that had none. After each microtask drain, the tick
// drain calls processPromiseRejections(), which decides what happened.
//
// Interface:
//   unhandledRejection(promise, reason)   called by Promise (reject, no handler)
//   handledRejection(promise)             called by Promise (late handler)
//   processPromiseRejections()            called by the tick drain; returns
//                                         true if it emitted or threw anything
//
// Invariants (what Node does, lib/internal/process/promises.js):
//   * A rejection handled before the drain ends is never reported.
//   * Still unhandled: process.emit('unhandledRejection', reason, promise);
//     with no listener, the reason is thrown as an uncaught exception: the
//     reason itself if it looks like an error, otherwise an
//     UnhandledPromiseRejection error (code ERR_UNHANDLED_REJECTION). The
//     throw leaves later entries queued for the next call; the caller routes
//     the error to the uncaught-exception path (which exits 1 unless an
//     'uncaughtException' listener takes it).
//   * A promise reported once and handled later emits 'rejectionHandled'
//     (promise) at the next processPromiseRejections().
//
// Read first: internal/builtins/promise.js (rejectPromise, performThen).
// Node doc: process.md § "Event: 'unhandledRejection'", § "Event:
// 'rejectionHandled'", cli.md § "--unhandled-rejections=mode".
'use strict';

var common = require('internal/builtins/common');

var INFO = common.hiddenKey('rejectionInfo');
var pending = [];           // infos of promises rejected with no handler
// Slot 2 of the engine's tickInfo: "a rejection may need reporting"
// (src/engine/binding.hpp); the tick drain lowers it.
var tickInfo = typeof internalBinding === 'function' ? internalBinding('engine').tickInfo : [0, 0, 0];
var handledLate = [];       // promises reported, then handled

function unhandledRejection(promise, reason) {
  var info = { promise: promise, reason: reason, handled: false, warned: false };
  promise[INFO] = info;
  pending.push(info);
  tickInfo[2] = 1;
}

function handledRejection(promise) {
  var info = promise[INFO];
  if (info === undefined) return;
  promise[INFO] = undefined;
  info.handled = true;
  if (info.warned) {
    handledLate.push(promise);
    tickInfo[2] = 1;
  }
}

// V8's NoSideEffectsToString, as Node quotes it in the message.
function reasonToString(reason) {
  return common.describe(reason);
}

function UnhandledPromiseRejection(reason) {
  var err = new Error('This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not ' +
    'handled with .catch(). The promise rejected with the reason "' +
    reasonToString(reason) + '".');
  Object.setPrototypeOf(err, UnhandledPromiseRejection.prototype);
  err.code = 'ERR_UNHANDLED_REJECTION';
  return err;
}
UnhandledPromiseRejection.prototype = Object.create(Error.prototype);
common.defineValue(UnhandledPromiseRejection.prototype, 'constructor', UnhandledPromiseRejection);
common.defineValue(UnhandledPromiseRejection.prototype, 'name', 'UnhandledPromiseRejection');

function isErrorLike(v) {
  return typeof v === 'object' && v !== null &&
    (v instanceof Error || common.hasOwn(v, 'stack'));
}

function emit(name, a, b) {
  if (typeof process !== 'object' || process === null || typeof process.emit !== 'function') {
    return false;
  }
  return name === 'rejectionHandled' ? process.emit(name, a) : process.emit(name, a, b);
}

// @anchor process-promise-rejections
function processPromiseRejections() {
  var any = false;
  while (handledLate.length > 0) {
    any = true;
    emit('rejectionHandled', handledLate.shift());
  }
  while (pending.length > 0) {
    var info = pending.shift();
    if (info.handled) continue;
    any = true;
    info.warned = true;
    if (!emit('unhandledRejection', info.reason, info.promise)) {
      throw isErrorLike(info.reason) ? info.reason : UnhandledPromiseRejection(info.reason);
    }
  }
  return any;
}

function hasRejectionToWarn() {
  return pending.length > 0 || handledLate.length > 0;
}

exports.unhandledRejection = unhandledRejection;
exports.handledRejection = handledRejection;
exports.processPromiseRejections = processPromiseRejections;
exports.hasRejectionToWarn = hasRejectionToWarn;
