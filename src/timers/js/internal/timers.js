// internal/timers: the Timeout and Immediate classes and their queues.
//
// What: the policy half of timers. A Timeout is armed in C++ (one Timer
// handle per armed Timeout, ordered by deadline then start order; see
// src/timers/timer_queue.hpp) under a numeric id; `active` maps the id back
// to the Timeout when C++ calls processTimer(id). Immediates never reach
// C++ one by one: they wait in a linked list here, and C++ calls
// processImmediate() once per check phase while immediateInfo[kCount] > 0.
// Interface: Timeout, Immediate, insert(timeout), unenroll(timeout),
//   getTimeout(id-or-string) (clearTimeout(number)), immediateQueue,
//   kRefed, TIMEOUT_MAX, runNextTicks (re-exported for the two drains).
// Invariants:
//   * A Timeout is in `active` exactly while C++ has it armed.
//   * immediateInfo[kCount] = queued immediates; [kRefCount] = the ref'ed
//     ones; C++ keeps an idle handle started while kRefCount > 0.
//   * Immediates queued while the queue runs wait for the next check phase.
//   * Between two timer or immediate callbacks, nextTicks and microtasks
//     drain (Node: "ranAtLeastOneTimer ... runNextTicks()").
// Read first: src/timers/timers_binding.hpp. Node: lib/internal/timers.js
// (whose essay explains Node's per-duration lists; we keep a C++ set).
// Doc: api/timers.md.
'use strict';

var binding = internalBinding('timers');
var traceOn = internalBinding('loop').traceEnabled;  // --trace-loop
var immediateInfo = binding.immediateInfo;
var kCount = 0;
var kRefCount = 1;
var kHasOutstanding = 2;

// "When delay is larger than 2147483647 or less than 1, the delay will be
// set to 1" (timers.md § setTimeout).
var TIMEOUT_MAX = 2147483647;

var kRefed = Symbol('refed');
var kHasPrimitive = Symbol('kHasPrimitive');
var kId = Symbol('asyncId');

// Hot paths write `void 0` for undefined: `undefined` is a global variable
// that Duktape looks up by name on every use (~700 instructions, `void 0`
// ~30); module variables cost ~300 per use, so hot functions copy them into
// locals and index immediateInfo with literals.

var nextId = 1;
// id -> armed Timeout. An array, not {}: Duktape keeps integer keys of an
// array in its dense array part, where an object turns each id into an
// interned string first.
var active = [];
var knownTimersById = {}; // id -> Timeout whose id escaped via toPrimitive

var tracer = null;
function trace() {
  if (tracer === null) tracer = require('internal/loop/trace');
  return tracer;
}

// Between two immediates (processImmediate). The tickInfo flags are the
// ones C++ checks after every callback (src/engine/binding.hpp): all zero
// means nothing is queued, and the drain is skipped without a call; the
// module is looked up once, not per immediate (a require() per call cost
// ~10,000 instructions per immediate in a batch).
var tickInfo = internalBinding('engine').tickInfo;
var taskQueues = null;  // required on first use, as before (load order)
function runNextTicks() {
  var f = tickInfo;
  if ((f[0] | f[1] | f[2]) === 0) return;
  if (taskQueues === null) taskQueues = require('internal/process/task_queues');
  taskQueues.runNextTicks();
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
  this._idlePrev = this;
  this._idleNext = this;
  this._idleStart = null;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;
  this[kRefed] = isRefed;
  this[kHasPrimitive] = false;
  this[kId] = nextId++;
  if (traceOn) this._traceSite = trace().callSite();
}

// Arms (or re-arms) timeout in C++; start() returns the loop time the
// timer counts from.
function insert(timeout) {
  var id = timeout[kId];
  timeout._destroyed = false;
  active[id] = timeout;
  timeout._idleStart = binding.start(id, timeout._idleTimeout, timeout._repeat || 0, timeout[kRefed]);
}

// Disarms timeout for good (clearTimeout).
function unenroll(timeout) {
  if (timeout._destroyed) return;
  timeout._destroyed = true;
  var id = timeout[kId];
  if (timeout[kHasPrimitive]) delete knownTimersById[id];
  if (active[id] === timeout) {
    delete active[id];
    binding.stop(id);
  }
  timeout._idleTimeout = -1;
}

// C++ calls this when Timeout `id` expires (through make_callback, which
// drains nextTicks and microtasks after it returns).
// @anchor process-timer
function processTimer(id) {
  var timer = active[id];
  if (timer === void 0) return;
  if (timer._repeat === null) {
    // A one-shot timer is done once it fires (C++ already disarmed it).
    delete active[id];
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[id];
  }
  // No try/finally unless tracing: it only closes the trace span, and it
  // costs a few hundred instructions per timer.
  if (traceOn) {
    runTimerTraced(timer);
    return;
  }
  var args = timer._timerArgs;
  if (args === void 0) timer._onTimeout();
  else timer._onTimeout.apply(timer, args);
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
  this[kRefed] = false;
  if (active[this[kId]] === this) binding.setRef(this[kId], false);
  return this;
};

Timeout.prototype.ref = function ref() {
  this[kRefed] = true;
  if (active[this[kId]] === this) binding.setRef(this[kId], true);
  return this;
};

Timeout.prototype.hasRef = function hasRef() {
  return this[kRefed];
};

Timeout.prototype.close = function close() {
  require('timers').clearTimeout(this);
  return this;
};

// The numeric id: clearTimeout(+timeout) works, as in Node.
Timeout.prototype[Symbol.toPrimitive] = function () {
  var id = this[kId];
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
ImmediateList.prototype.append = function (item) {
  if (this.tail !== null) {
    this.tail._idleNext = item;
    item._idlePrev = this.tail;
  } else {
    this.head = item;
  }
  this.tail = item;
};
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

// The constructor does by hand what this.ref() and immediateQueue.append()
// would do: each JS call costs Duktape ~550 instructions, and setImmediate
// is a hot path (one per loop iteration in an immediate chain).
function Immediate(callback, args) {
  var queue = immediateQueue;
  var tail = queue.tail;
  this._idleNext = null;
  this._idlePrev = tail;
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this[kRefed] = true;
  if (traceOn) this._traceSite = trace().callSite();
  var info = immediateInfo;
  info[0]++;  // kCount (literal indices: a module variable is a lookup by name)
  if (info[1]++ === 0) binding.toggleImmediateRef(true);  // kRefCount
  if (tail !== null) tail._idleNext = this;
  else queue.head = this;
  queue.tail = this;
}

Immediate.prototype.ref = function ref() {
  if (this[kRefed] === false) {
    this[kRefed] = true;
    if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
  }
  return this;
};

Immediate.prototype.unref = function unref() {
  if (this[kRefed] === true) {
    this[kRefed] = false;
    if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  }
  return this;
};

Immediate.prototype.hasRef = function hasRef() {
  return !!this[kRefed];
};

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) {
    binding.toggleImmediateRef(false);
  }
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// C++ calls this once per check phase (Node's processImmediate).
// @anchor process-immediate
// Module variables are copied into locals first: Duktape looks a module
// variable up by name on every use (~300 instructions; a local: ~50).
function processImmediate() {
  var outstanding = outstandingQueue;
  var info = immediateInfo;
  var queue = outstanding.head !== null ? outstanding : immediateQueue;
  var immediate = queue.head;
  // Detach the list first: setImmediate() from a callback starts a new one,
  // which waits for the next iteration.
  if (queue !== outstanding) {
    queue.head = queue.tail = null;
    info[2] = 1;  // kHasOutstanding
  }
  var prev = null;
  var ranAtLeastOne = false;
  while (immediate !== null) {
    if (ranAtLeastOne) runNextTicks();
    else ranAtLeastOne = true;
    // A tick above may have cleared this one: continue from the previous.
    if (immediate._destroyed) {
      outstanding.head = immediate = prev === null ? immediate._idleNext : prev._idleNext;
      continue;
    }
    immediate._destroyed = true;
    info[0]--;  // kCount
    if (immediate[kRefed]) info[1]--;  // kRefCount
    immediate[kRefed] = null;
    prev = immediate;
    runImmediate(immediate, outstanding);
    outstanding.head = immediate = immediate._idleNext;
  }
  if (queue === outstanding) outstanding.head = null;
  info[2] = 0;  // kHasOutstanding
}

function runImmediate(immediate, outstanding) {
  var t = traceOn ?
    trace().begin('immediate', immediate._onImmediate, immediate._traceSite) : 0;
  try {
    var argv = immediate._argv;
    if (argv === void 0) immediate._onImmediate();
    else immediate._onImmediate.apply(immediate, argv);
  } finally {
    immediate._onImmediate = null;
    // If it threw, the rest of the batch waits in outstandingQueue.
    outstanding.head = immediate._idleNext;
    if (t) trace().end();
  }
}

binding.setup(processTimer, processImmediate);

module.exports = {
  Timeout: Timeout,
  Immediate: Immediate,
  insert: insert,
  unenroll: unenroll,
  clearImmediate: clearImmediate,
  getTimeout: getTimeout,
  kRefed: kRefed,
  TIMEOUT_MAX: TIMEOUT_MAX
};
