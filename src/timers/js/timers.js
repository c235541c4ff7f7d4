// timers: setTimeout, setInterval, setImmediate and their clear* twins.
//
// What: the public API (also installed as globals by the bootstrap). The
// classes and queues are in internal/timers.js; this file validates
// arguments and packs the extra arguments.
// Interface: setTimeout, clearTimeout, setInterval, clearInterval,
//   setImmediate, clearImmediate, promises (= require('timers/promises')).
// Invariants: a non-function callback throws ERR_INVALID_ARG_TYPE; extra
//   arguments are passed to the callback; clearTimeout and clearInterval
//   are interchangeable and accept a Timeout, its numeric id, or anything
//   else (ignored).
// Read first: internal/timers.js. Node: lib/timers.js. Doc: api/timers.md.
'use strict';

var internal = require('internal/timers');
var validateFunction = require('internal/validators').validateFunction;
var Timeout = internal.Timeout;
var start = internal.start;  // arms a new Timeout (one lookup per setTimeout instead of two)

// The extra arguments arrive as one array, or undefined when there are
// none: withRest (src/loop/loop_binding.cpp) packs them, because mentioning
// `arguments` costs Duktape more than the whole call.
var withRest = internalBinding('loop').withRest;

function setTimeoutImpl(callback, after, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, after, args, false, true);
  start(timeout);
  return timeout;
}

function setIntervalImpl(callback, repeat, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, repeat, args, true, true);
  start(timeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    internal.unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    var known = internal.getTimeout(timer);
    if (known !== undefined) {
      known._idleTimeout = -1;
      internal.unenroll(known);
    }
  }
}

function clearInterval(timer) {
  // "clearTimeout and clearInterval are interchangeable" (Node's lib/timers.js).
  clearTimeout(timer);
}

function clearImmediate(immediate) {
  internal.clearImmediate(immediate);
}

module.exports = {
  setTimeout: withRest(setTimeoutImpl, 2, 'setTimeout'),
  clearTimeout: clearTimeout,
  setInterval: withRest(setIntervalImpl, 2, 'setInterval'),
  clearInterval: clearInterval,
  // Native: builds and queues the Immediate (internal/timers/immediates.js).
  setImmediate: internal.setImmediate,
  clearImmediate: clearImmediate
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: function () { return require('timers/promises'); }
});
