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
// Immediates never reach C++ one by one either: they wait in a linked list
// here, and C++ calls processImmediate() once per check phase while
// immediateInfo[kCount] > 0.
// Interface: Timeout, Immediate, insert(timeout) (arm or re-arm),
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
//   * immediateInfo[kCount] = queued immediates, including those a throw
//     left in outstandingQueue; [kRefCount] = the ref'ed ones; C++ keeps an
//     idle handle started while kRefCount > 0 and reports it in [3].
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
var traceOn = internalBinding('loop').traceEnabled;  // --trace-loop
var immediateInfo = binding.immediateInfo;
var timeoutInfo = binding.timeoutInfo;
var kCount = 0;
var kRefCount = 1;

// "When delay is larger than 2147483647 or less than 1, the delay will be
// set to 1" (timers.md § setTimeout).
var TIMEOUT_MAX = 2147483647;

var kRefed = Symbol('refed');
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

// Only needed on the error path: loaded lazily.
function validateFunction(value, name) {
  require('internal/validators').validateFunction(value, name);
}

var tracer = null;
function trace() {
  if (tracer === null) tracer = require('internal/loop/trace');
  return tracer;
}

// Between two timers or immediates. The tickInfo flags are the ones C++
// checks after every callback (src/engine/binding.hpp): all zero means
// nothing is queued, and the drain is skipped without a call; the module is
// looked up once, not per callback.
var tickInfo = internalBinding('engine').tickInfo;
var taskQueues = null;  // required on first use (load order)
function runNextTicks() {
  var f = tickInfo;
  if ((f[0] | f[1] | f[2]) === 0) return;
  if (taskQueues === null) taskQueues = require('internal/process/task_queues');
  taskQueues.runNextTicks();
}

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

// ---- Immediates -------------------------------------------------------

// A doubly linked list, as in Node: O(1) append and removal by clearImmediate.
function ImmediateList() {
  this.head = null;
  this.tail = null;
}
ImmediateList.prototype.remove = function (item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  if (item === this.head) this.head = item._idleNext;
  if (item === this.tail) this.tail = item._idlePrev;
  item._idleNext = null;
  item._idlePrev = null;
};

var immediateQueue = new ImmediateList();
// What is left of the queue being run when an immediate threw: it runs
// first at the next check phase.
var outstandingQueue = new ImmediateList();

// The constructor does by hand what this.ref() and an append would do: each
// JS call costs Duktape ~550 instructions, and setImmediate is a hot path
// (one per loop iteration in an immediate chain). For the same reason it
// validates the callback itself: setImmediate calls it directly (timers.js).
// Only the callback and the links are own properties unless they differ
// from the prototype's.
function Immediate(callback, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  var queue = immediateQueue;
  var tail = queue.tail;
  this._onImmediate = callback;
  if (tail !== null) {
    this._idlePrev = tail;
    tail._idleNext = this;
  } else {
    queue.head = this;
  }
  queue.tail = this;
  if (args !== void 0) this._argv = args;
  if (traceOn) this._traceSite = trace().callSite();
  var info = immediateInfo;
  info[0]++;  // kCount (literal indices: a module variable is a lookup by name)
  // kRefCount; [3]: C++'s idle handle is on (it stays on until the check
  // phase finds no ref'ed immediate, so a chain never calls C++ here).
  if (info[1]++ === 0 && info[3] === 0) binding.toggleImmediateRef(true);
}
Immediate.prototype._idleNext = null;
Immediate.prototype._idlePrev = null;
Immediate.prototype._argv = void 0;
Immediate.prototype._destroyed = false;
Immediate.prototype[kRefed] = true;

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

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) {
    binding.toggleImmediateRef(false);
  }
  immediate._onImmediate = null;
  // The batch being run is detached from immediateQueue; if this one is the
  // next to run after a throw, the batch resumes after it.
  if (outstandingQueue.head === immediate) outstandingQueue.head = immediate._idleNext;
  immediateQueue.remove(immediate);
}

// C++ calls this once per check phase (Node's processImmediate).
// @anchor process-immediate
// Module variables are copied into locals first: Duktape looks a module
// variable up by name on every use (~300 instructions; a local: ~50).
function processImmediate() {
  var outstanding = outstandingQueue;
  var info = immediateInfo;
  var refed = kRefed;
  var tracing = traceOn;
  var ticks = null;  // tickInfo, read from the second immediate on
  var queue = outstanding.head !== null ? outstanding : immediateQueue;
  var immediate = queue.head;
  // Detach the list first: setImmediate() from a callback starts a new one,
  // which waits for the next iteration. (Node also raises kHasOutstanding
  // here; C++ does not need it: what a throw leaves in outstandingQueue is
  // still counted in kCount.)
  if (queue !== outstanding) queue.head = queue.tail = null;
  var prev = null;
  var ranAtLeastOne = false;
  var argv;
  while (immediate !== null) {
    if (ranAtLeastOne) {
      if (ticks === null) ticks = tickInfo;
      if ((ticks[0] | ticks[1] | ticks[2]) !== 0) runNextTicks();
      // A tick may have cleared this one: continue from the previous. (The
      // first one cannot have been: clearImmediate moves the head on.)
      if (immediate._destroyed) {
        outstanding.head = immediate = prev._idleNext;
        continue;
      }
    }
    ranAtLeastOne = true;
    immediate._destroyed = true;
    info[0]--;  // kCount
    if (immediate[refed]) info[1]--;  // kRefCount
    prev = immediate;
    // If it throws, the rest of the batch waits in outstandingQueue. (No
    // try/finally and no helper call: each costs a few hundred instructions
    // per immediate.)
    outstanding.head = immediate._idleNext;
    if (tracing) {
      runImmediateTraced(immediate);
    } else {
      argv = immediate._argv;
      if (argv === void 0) immediate._onImmediate();
      else immediate._onImmediate.apply(immediate, argv);
    }
    immediate._onImmediate = null;
    immediate = immediate._idleNext;
  }
  if (queue === outstanding) outstanding.head = null;
}

function runImmediateTraced(immediate) {
  trace().begin('immediate', immediate._onImmediate, immediate._traceSite);
  try {
    var argv = immediate._argv;
    if (argv === undefined) immediate._onImmediate();
    else immediate._onImmediate.apply(immediate, argv);
  } finally {
    trace().end();
  }
}

binding.setup(processList, processImmediate);

module.exports = {
  Timeout: Timeout,
  Immediate: Immediate,
  insert: insert,
  start: start,
  unenroll: unenroll,
  clearImmediate: clearImmediate,
  getTimeout: getTimeout,
  kRefed: kRefed,
  TIMEOUT_MAX: TIMEOUT_MAX
};
