// internal/timers/immediates: the Immediate class (Node keeps it in
// lib/internal/timers.js with the timeouts; here it has its own file).
//
// What: the JS half of setImmediate. The queue and the check phase are in
// C++ (src/timers/immediates_binding.cpp): setImmediate is native and builds
// the Immediate itself (an object with Immediate.prototype, the callback and
// the arguments, if any), queues it, and the check phase calls each
// callback straight from C++, with `this` the Immediate. What is left here
// is what user code calls on an Immediate, and the constructor for the
// cases C++ hands back (a callback that is not a function, --trace-loop).
// Interface: Immediate(callback, args) (not queued: C++ queues it),
//   clearImmediate(immediate). internal/timers.js registers Immediate and
//   kRefed with C++ (setupImmediates).
// Invariants (shared with C++, see immediates_binding.hpp):
//   * immediateInfo[kCount] = queued immediates neither run nor cleared,
//     [kRefCount] = the ref'ed ones, [3] = C++'s idle handle is on (so JS
//     calls toggleImmediateRef only when kRefCount leaves or reaches 0 and
//     the handle disagrees).
//   * A cleared or run Immediate has _onImmediate null, which is what
//     _destroyed reads (C++ nulls it just before the callback runs); C++
//     skips a queued Immediate whose _onImmediate is not a function.
// Own properties are what costs in Duktape: an Immediate owns only its
// callback (and _argv and the ref flag once they differ from the defaults
// on the prototype).
// Read first: internal/timers.js. Doc: api/timers.md § "setImmediate".
'use strict';

var binding = internalBinding('timers');
var common = require('internal/timers/common');
var immediateInfo = binding.immediateInfo;
var kCount = 0;
var kRefCount = 1;
var kRefed = common.kRefed;
var traceOn = common.traceOn;
var validateFunction = common.validateFunction;
var trace = common.trace;

// setImmediate's slow path: C++ calls it with `new` when the callback is not
// a function (this throws ERR_INVALID_ARG_TYPE) or --trace-loop is on (this
// records where it was scheduled), then queues the result.
function Immediate(callback, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  this._onImmediate = callback;
  if (args !== void 0) this._argv = args;
  if (traceOn) this._traceSite = trace().callSite();
}
Immediate.prototype._idleNext = null;  // Node's list links: unused here
Immediate.prototype._idlePrev = null;
Immediate.prototype._argv = void 0;
Immediate.prototype[kRefed] = true;
// Node's _destroyed (run or cleared) is `_onImmediate === null` here: C++
// nulls the callback before calling it, and would otherwise have to add
// _destroyed to every Immediate it runs. Assigning it still works (Node's
// internals do, on whatever clearImmediate is given): it becomes own.
Object.defineProperty(Immediate.prototype, '_destroyed', {
  get: function () { return this._onImmediate === null; },
  set: function (value) {
    Object.defineProperty(this, '_destroyed',
      { value: value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true
});

// A destroyed immediate (ran or cleared) no longer counts, whatever its flag.
Immediate.prototype.ref = function ref() {
  if (this[kRefed] === false && !this._destroyed) {
    this[kRefed] = true;
    if (immediateInfo[kRefCount]++ === 0 && immediateInfo[3] === 0) {
      binding.toggleImmediateRef(true);
    }
  }
  return this;
};

Immediate.prototype.unref = function unref() {
  if (this[kRefed] === true && !this._destroyed) {
    this[kRefed] = false;
    if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  }
  return this;
};

Immediate.prototype.hasRef = function hasRef() {
  return !this._destroyed && !!this[kRefed];
};

// O(1): the Immediate stays in C++'s queue, and the check phase skips it.
function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) {
    binding.toggleImmediateRef(false);
  }
  immediate._onImmediate = null;  // an Immediate's _destroyed from now on
  if (!(immediate instanceof Immediate)) immediate._destroyed = true;
}

module.exports = {
  Immediate: Immediate,
  clearImmediate: clearImmediate
};
