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
var Immediate = internal.Immediate;

// The arguments after the first `skip`, or undefined when there are none
// (so that the common case allocates nothing).
function restArgs(args, skip) {
  if (args.length <= skip) return undefined;
  var rest = new Array(args.length - skip);
  for (var i = skip; i < args.length; i++) rest[i - skip] = args[i];
  return rest;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  internal.insert(timeout);
  return timeout;
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  internal.insert(timeout);
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

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearImmediate(immediate) {
  internal.clearImmediate(immediate);
}

module.exports = {
  setTimeout: setTimeout,
  clearTimeout: clearTimeout,
  setInterval: setInterval,
  clearInterval: clearInterval,
  setImmediate: setImmediate,
  clearImmediate: clearImmediate
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: function () { return require('timers/promises'); }
});
