// internal/timers: the Timeout and Immediate classes and their queues.
//
// What: the policy half of timers, shaped like Node's lib/internal/timers.js.
// Timeouts live in JS, in one linked list per duration (all the 100 ms
// timers in one list, in start order): a timer started later with the same
// duration expires later, so appending keeps each list sorted, and start and
// clear are O(1). C++ (src/timers/timer_queue.hpp) orders the *lists*: each
// list has one C++ Timer armed for its head's expiry, and when it expires C++
// calls processList(msecs, now) once, which runs every due timer of that
// list and re-arms the list for its new head. So C++ is entered once per
// list expiry, not once per timer.
// Immediates are the other way round: setImmediate is native, and C++ keeps
// their queue and calls each callback itself (src/timers/
// immediates_binding.cpp); internal/timers/immediates.js has the Immediate
// class and clearImmediate.
// Interface: Timeout, Immediate, setImmediate (the native one), insert(timeout) (arm or re-arm),
//   start(timeout) (arm a new one: setTimeout's fast path), unenroll(timeout),
//   getTimeout(id-or-string) (clearTimeout(number)), clearImmediate,
//   kRefed, TIMEOUT_MAX.
// Invariants:
//   * A list is in timerLists exactly while its C++ Timer is armed (or is
//     being run by processList). Lists are deleted lazily: a list emptied by
//     clearTimeout stays until its Timer fires and finds it empty.
//   * Within a list, _idleStart never decreases from head to tail.
//   * timeoutInfo[0] = Timeouts not yet destroyed (fired or cleared) and
//     ref'ed (Node's refCount); C++ keeps a handle active while it is > 0
//     and reports that state in timeoutInfo[1], so JS calls C++ only when
//     the count leaves 0 and the handle is off.
//   * immediateInfo: see internal/timers/immediates.js.
//   * Timers and immediates queued while their queue runs wait for the next
//     timers or check phase.
//   * Between two timer or immediate callbacks, nextTicks and microtasks
//     drain (Node: "ranAtLeastOneTimer ... runNextTicks()").
// Own properties are what costs in Duktape (~650 instructions each on a new
// object), so rarely changed fields (_timerArgs, _repeat, _destroyed, the
// ref flag) default on the prototype and become own only when set: fewer
// own properties than Node shows in util.inspect, same values when read.
// Read first: src/timers/timers_binding.hpp. Node: lib/internal/timers.js
// (its essay explains the per-duration lists). Doc: api/timers.md.
'use strict';

var binding = internalBinding('timers');
var common = require('internal/timers/common');
var immediates = require('internal/timers/immediates');
var kRefed = common.kRefed;
var traceOn = common.traceOn;
var trace = common.trace;
var runNextTicks = common.runNextTicks;
var tickInfo = common.tickInfo;
var timeoutInfo = binding.timeoutInfo;

// "When delay is larger than 2147483647 or less than 1, the delay will be
// set to 1" (timers.md § setTimeout).
var TIMEOUT_MAX = 2147483647;

var kHasPrimitive = Symbol('kHasPrimitive');
var kId = Symbol('asyncId');

// Hot paths write `void 0` for undefined: `undefined` is a global variable
// that Duktape looks up by name on every use (~700 instructions, `void 0`
// ~30); module variables cost ~300 per use, so hot functions copy them into
// locals and index the info arrays with literals.

var nextId = 1;
// msecs -> TimerList. An array, not {}: Duktape keeps small integer keys in
// its dense array part, where an object turns each key into a string first.
var timerLists = [];
var knownTimersById = {}; // id -> Timeout whose id escaped via toPrimitive

// ---- Timeouts ---------------------------------------------------------

// A Timeout counted in timeoutInfo[0] (ref'ed and not destroyed) appears or
// disappears. C++ is told only when the count leaves 0 while its handle is
// off, or reaches 0 outside processList (which C++ checks afterwards). The
// Timeout constructor and processList do the same inline.
function incRefCount() {
  var info = timeoutInfo;
  if (info[0]++ === 0 && info[1] === 0) binding.toggleTimerRef(true);
}
function decRefCount() {
  if (--timeoutInfo[0] === 0) binding.toggleTimerRef(false);
}

function Timeout(callback, after, args, isRepeat, isRefed) {
  after *= 1;  // coerce to number
  if (!(after >= 1 && after <= 2147483647)) {  // TIMEOUT_MAX
    if (after > TIMEOUT_MAX) {
      process.emitWarning(after + ' does not fit into a 32-bit signed integer.' +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  this._idleTimeout = after;
  this._onTimeout = callback;
  if (args !== void 0) this._timerArgs = args;
  if (isRepeat) this._repeat = after;
  if (isRefed) {  // incRefCount(), inlined: a call costs ~550
    var info = timeoutInfo;
    if (info[0]++ === 0 && info[1] === 0) binding.toggleTimerRef(true);
  } else {
    this[kRefed] = false;
  }
  if (traceOn) this._traceSite = trace().callSite();
}
// The defaults (see the file header: an own property is set only to differ;
// insertAt() gives the links and _idleStart).
Timeout.prototype._idleNext = null;  // null: not in a list
Timeout.prototype._idlePrev = null;
Timeout.prototype._idleStart = null;
Timeout.prototype._timerArgs = void 0;
Timeout.prototype._repeat = null;
Timeout.prototype._destroyed = false;
Timeout.prototype[kRefed] = true;
Timeout.prototype[kHasPrimitive] = false;
Timeout.prototype[kId] = void 0;  // given on first toPrimitive

// A list of the timers of one duration: a circular doubly linked list whose
// head node is the list itself (Node's internal/linkedlist).
function TimerList(msecs) {
  this._idleNext = this;
  this._idlePrev = this;
  this.msecs = msecs;
}

function unlink(item) {
  item._idleNext._idlePrev = item._idlePrev;
  item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Appends item to the list of its duration, counting from `start` (the
// clock now, in the loop's ms); a new list arms its C++ Timer. O(1).
// @anchor timers-insert
function insertAt(item, msecs, start) {
  msecs = msecs | 0;  // "Non-integer delays are truncated" (1 <= msecs < 2^31)
  if (item._idleNext !== null) unlink(item);  // refresh(): move to the tail
  item._idleStart = start;
  var list = timerLists[msecs];
  if (list === void 0) {
    list = timerLists[msecs] = new TimerList(msecs);
    binding.arm(msecs, start + msecs);
  }
  var tail = list._idlePrev;
  item._idleNext = list;
  item._idlePrev = tail;
  tail._idleNext = item;
  list._idlePrev = item;
}

// Arms (or re-arms) timeout; one that had fired or been cleared counts again.
function insert(timeout) {
  if (timeout._idleNext === null && !timeout._destroyed) {
    start(timeout);
    return;
  }
  insertAt(timeout, timeout._idleTimeout, binding.now());
  if (timeout._destroyed) {
    timeout._destroyed = false;
    if (timeout[kRefed]) incRefCount();
  }
}

// Arms a new Timeout: insertAt() for the common case (setTimeout), inlined
// (each JS call costs Duktape ~550 instructions, each module variable ~300).
function start(timeout) {
  var msecs = timeout._idleTimeout | 0;  // truncated, as in insertAt()
  var now = binding.now();
  var lists = timerLists;
  timeout._idleStart = now;
  var list = lists[msecs];
  if (list === void 0) {
    list = lists[msecs] = new TimerList(msecs);
    binding.arm(msecs, now + msecs);
  }
  var tail = list._idlePrev;
  timeout._idleNext = list;
  timeout._idlePrev = tail;
  tail._idleNext = timeout;
  list._idlePrev = timeout;
}

// Disarms timeout for good (clearTimeout).
function unenroll(timeout) {
  if (timeout._idleNext !== null) unlink(timeout);
  if (timeout[kHasPrimitive]) delete knownTimersById[timeout[kId]];
  timeout._idleTimeout = -1;
  if (timeout._destroyed) return;
  timeout._destroyed = true;
  if (timeout[kRefed]) decRefCount();
}

// C++ calls this when the Timer of list `msecs` expires, with the loop time
// of this timers phase (through make_callback, which drains nextTicks and
// microtasks after it returns; if a callback throws, C++ calls again and
// the rest of the due timers still run). Node: listOnTimeout().
// @anchor process-list
function processList(msecs, now) {
  var list = timerLists[msecs];
  if (list === void 0) {  // (cannot happen: see the invariants)
    binding.disarm(msecs);
    return;
  }
  // Locals for the module variables the loop uses (see above).
  var ticks = tickInfo;
  var info = timeoutInfo;
  var refed = kRefed;
  var hasPrimitive = kHasPrimitive;
  var tracing = traceOn;
  var ranAtLeastOne = false;
  var timer, next;
  while (true) {
    // Drain between two timers; a tick may clear timers of this list.
    if (ranAtLeastOne && (ticks[0] | ticks[1] | ticks[2]) !== 0) runNextTicks();
    timer = list._idleNext;
    if (timer === list) break;
    if (now - timer._idleStart < msecs) {  // the rest are not due yet
      binding.arm(msecs, timer._idleStart + msecs);
      return;
    }
    ranAtLeastOne = true;
    next = timer._idleNext;  // unlink(timer), inlined: timer is the head
    list._idleNext = next;
    next._idlePrev = list;
    timer._idleNext = timer._idlePrev = null;
    if (timer._repeat !== null) {
      runInterval(timer);
      continue;
    }
    // A one-shot timer is done once it fires (its callback may refresh it).
    timer._destroyed = true;
    if (timer[refed]) info[0]--;  // C++ checks the count on return
    if (timer[hasPrimitive]) delete knownTimersById[timer[kId]];
    if (tracing) runTimerTraced(timer);
    else if (timer._timerArgs === void 0) timer._onTimeout();
    else timer._onTimeout.apply(timer, timer._timerArgs);
  }
  delete timerLists[msecs];  // empty: its C++ Timer is not re-armed
  binding.disarm(msecs);
}

// An interval runs, then goes back to the tail of its list, counted from
// before its callback (Node), unless the callback cleared it.
function runInterval(timer) {
  var start = binding.now();
  try {
    if (traceOn) runTimerTraced(timer);
    else if (timer._timerArgs === void 0) timer._onTimeout();
    else timer._onTimeout.apply(timer, timer._timerArgs);
  } finally {
    if (timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      insertAt(timer, timer._idleTimeout, start);
    }
  }
}

function runTimerTraced(timer) {
  trace().begin('timer', timer._onTimeout, timer._traceSite);
  try {
    var args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout.apply(timer, args);
  } finally {
    trace().end();
  }
}

Timeout.prototype.refresh = function refresh() {
  if (this._idleTimeout >= 0) insert(this);
  return this;
};

Timeout.prototype.unref = function unref() {
  if (this[kRefed]) {
    this[kRefed] = false;
    if (!this._destroyed) decRefCount();
  }
  return this;
};

Timeout.prototype.ref = function ref() {
  if (!this[kRefed]) {
    this[kRefed] = true;
    if (!this._destroyed) incRefCount();
  }
  return this;
};

Timeout.prototype.hasRef = function hasRef() {
  return this[kRefed];
};

Timeout.prototype.close = function close() {
  require('timers').clearTimeout(this);
  return this;
};

// The numeric id: clearTimeout(+timeout) works, as in Node. Given on first
// use (nothing else shows it).
Timeout.prototype[Symbol.toPrimitive] = function () {
  var id = this[kId];
  if (id === void 0) id = this[kId] = nextId++;
  if (!this[kHasPrimitive]) {
    this[kHasPrimitive] = true;
    knownTimersById[id] = this;
  }
  return id;
};

function getTimeout(id) {
  return knownTimersById[id];
}

binding.setup(processList);
binding.setupImmediates(immediates.Immediate, kRefed);

module.exports = {
  Timeout: Timeout,
  Immediate: immediates.Immediate,
  setImmediate: binding.setImmediate,
  insert: insert,
  start: start,
  unenroll: unenroll,
  clearImmediate: immediates.clearImmediate,
  getTimeout: getTimeout,
  kRefed: kRefed,
  TIMEOUT_MAX: TIMEOUT_MAX
};
