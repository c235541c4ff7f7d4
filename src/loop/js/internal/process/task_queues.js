// internal/process/task_queues: process.nextTick and the tick drain.
//
// What: the nextTick queue, and runNextTicks(), which the engine's tick hook
// calls after the main script and after every callback the loop makes into
// JS (engine::make_callback). One drain = Node's processTicksAndRejections:
//   repeat { run every queued nextTick; run the microtask queue }
//   until both are empty and no promise rejection is left to report.
// So nextTicks always run before promise reactions queued at the same time,
// and a nextTick queued by a microtask still runs in the same drain.
// Interface: nextTick(fn, ...args), runNextTicks(), hasTickScheduled().
// Invariants:
//   * A nextTick that throws leaves the ticks behind it queued; the caller
//     (the engine's tick hook, internal/process/execution.js) reports the
//     error as uncaught and drains again.
//   * After 'exit' has been emitted (process._exiting), nextTick is a no-op.
// Read first: src/engine/binding.hpp (make_callback). Node:
// lib/internal/process/task_queues.js. Doc: process.md § "process.nextTick".
'use strict';

// Validation is only needed on the error path: loaded lazily (start-up heap).
function validateFunction(value, name) { require('internal/validators').validateFunction(value, name); }
var microtasks = require('internal/process/microtasks');
var promises = require('internal/process/promises');
var traceOn = internalBinding('loop').traceEnabled;  // --trace-loop
// Shared with C++ (src/engine/binding.hpp: tick_info): raising a flag asks
// the engine to run the tick hook after the current callback; only the
// drain below lowers them. Slot 0: a nextTick is queued.
var tickInfo = internalBinding('engine').tickInfo;

// A flat array of (callback, args, site) triples with a read cursor, the
// shape of the microtask queue (internal/process/microtasks.js): no object
// per tick (a TickObject cost ~3,000 instructions of the ~20,000 a tick took
// in Duktape). `site` is the --trace-loop call site, undefined otherwise.
// No shift(): O(1) per tick. The consumed front is cut off once it is at
// least half the array (compact()), so a long chain of ticks (each queueing
// the next) does not grow the array without bound.
//
// Hot paths here write `void 0` for undefined: `undefined` is a global
// variable that Duktape looks up by name on every use (~700 instructions;
// `void 0` is a constant: ~30).
var queue = [];
var head = 0;

// nextTick(callback, ...args) is native (makeNextTick in
// src/loop/loop_binding.cpp): it appends the triple itself, and calls this
// only for what it leaves to JS: a callback that is not a function,
// --trace-loop, and after 'exit'. `args` is the array of extra arguments or
// undefined (no `arguments`: it costs Duktape more than the whole call).
function nextTickImpl(callback, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push(callback, args, traceOn ? require('internal/loop/trace').callSite() : void 0);
  tickInfo[0] = 1;  // kHasTickScheduled (a literal: a module variable is a lookup by name)
}
var nextTick = internalBinding('loop').makeNextTick(nextTickImpl, queue, process);

function hasTickScheduled() {
  return head < queue.length;
}

function runTraced(callback, args, site) {
  var trace = require('internal/loop/trace');
  trace.begin('tick', callback, site);
  try {
    if (args === undefined) callback();
    else callback.apply(undefined, args);
  } finally {
    trace.end();
  }
}

// Moves the unconsumed triples from q[h...] to the front, in place (the
// array stays the one `queue` names). Not q.splice(0, h): Duktape's splice
// deletes the consumed slots one property at a time, which cost ~4,400
// instructions per tick in a long nextTick chain; this copies only what is
// left, usually one triple.
function compact(q, h) {
  var n = q.length - h;
  for (var i = 0; i < n; i++) q[i] = q[h + i];
  q.length = n;
  head = 0;
}

// @anchor process-ticks-and-rejections
function processTicksAndRejections() {
  // Why locals: Duktape looks a module variable up by name on every use
  // (~300 instructions, against ~50 for a local). `q` is always the same
  // array as `queue`; `head` is still written back before each callback, so
  // a throw (or a nested drain) resumes after the tick that threw.
  var q = queue;
  var tracing = traceOn;
  var ticks = 0;
  var ranMicrotasks = false;
  do {
    var h = head;
    while (h < q.length) {
      var callback = q[h];
      var args = q[h + 1];
      var site = q[h + 2];
      // The consumed slots are not cleared (three writes, ~800 instructions
      // per tick): they are dropped by `q.length = 0` below, or by compact()
      // in a long chain, so at most ~1,000 finished ticks stay referenced.
      head = h += 3;  // advance first: a throw must not rerun it
      ticks++;
      if (h >= 3072 && h * 2 >= q.length) compact(q, h);
      if (tracing) runTraced(callback, args, site);
      else if (args === void 0) callback();
      else callback.apply(void 0, args);
      h = head;  // a nested drain (or compact()) may have moved it
    }
    q.length = 0;
    head = 0;
    // The flags say whether there can be anything to do (each is raised
    // when work is queued and lowered only by lowerFlags): checking one is
    // a typed-array read, asking the module is a call (~550 instructions).
    if (tickInfo[1] !== 0 && microtasks.runMicrotasks()) ranMicrotasks = true;
  } while (head < q.length || (tickInfo[2] !== 0 && promises.processPromiseRejections()));
  if (tracing) require('internal/loop/trace').drained(ticks, ranMicrotasks);
  lowerFlags();
}

// Everything queued has run: tell C++ it may skip the next tick hook.
function lowerFlags() {
  var t = tickInfo;
  t[0] = 0;  // kHasTickScheduled
  if (t[1] !== 0 && !microtasks.hasPendingMicrotasks()) t[1] = 0;
  if (t[2] !== 0 && !promises.hasRejectionToWarn()) t[2] = 0;
}

// The engine's tick hook (installed by internal/process/execution.js).
function runNextTicks() {
  if (head === queue.length && (tickInfo[1] === 0 || !microtasks.hasPendingMicrotasks())) {
    // Nothing queued; rejections may still wait to be reported.
    if (tickInfo[2] !== 0) promises.processPromiseRejections();
    lowerFlags();
    return;
  }
  processTicksAndRejections();
}

module.exports = {
  nextTick: nextTick,
  runNextTicks: runNextTicks,
  processTicksAndRejections: processTicksAndRejections,
  hasTickScheduled: hasTickScheduled
};
