// internal/timers/immediates: setImmediate's queue (Node keeps it in
// lib/internal/timers.js with the timeouts; here it has its own file).
//
// What: Immediate objects wait in a doubly linked list; C++ calls
// processImmediate() once per check phase while immediateInfo[kCount] > 0,
// and it runs the whole batch that was queued before the phase began.
// Interface: Immediate(callback, args) (setImmediate is `new Immediate`,
//   through the withRest trampoline in timers.js), clearImmediate(immediate),
//   processImmediate() (registered with C++ by internal/timers.js).
// Invariants: see internal/timers.js (immediateInfo, the ref flag, the drain
//   between two callbacks); immediates queued during the batch wait for the
//   next check phase.
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
var tickInfo = common.tickInfo;
var runNextTicks = common.runNextTicks;


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

module.exports = {
  Immediate: Immediate,
  clearImmediate: clearImmediate,
  processImmediate: processImmediate
};
