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

var validateFunction = require('internal/validators').validateFunction;
var microtasks = require('internal/process/microtasks');
var promises = require('internal/process/promises');
var traceOn = internalBinding('loop').traceEnabled;  // --trace-loop
// Shared with C++ (src/engine/binding.hpp: tick_info): raising a flag asks
// the engine to run the tick hook after the current callback; only the
// drain below lowers them. Slot 0: a nextTick is queued.
var tickInfo = internalBinding('engine').tickInfo;
var kHasTickScheduled = 0;

// A flat array with a read cursor (no shift(): O(1) per tick). The consumed
// front is cut off once it is at least half the array, so a long chain of
// ticks (each queueing the next) does not grow the array without bound.
var queue = [];
var head = 0;

function TickObject(callback, args) {
  this.callback = callback;
  this.args = args;
  this.site = traceOn ? require('internal/loop/trace').callSite() : undefined;
}

// nextTick(callback, ...args): `args` is the array of extra arguments or
// undefined (see withRest in src/loop/loop_binding.cpp: no `arguments`).
function nextTickImpl(callback, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push(new TickObject(callback, args));
  tickInfo[kHasTickScheduled] = 1;
}
var nextTick = internalBinding('loop').withRest(nextTickImpl, 1, 'nextTick');

function hasTickScheduled() {
  return head < queue.length;
}

function runTraced(tock) {
  var trace = require('internal/loop/trace');
  trace.begin('tick', tock.callback, tock.site);
  try {
    if (tock.args === undefined) tock.callback();
    else tock.callback.apply(undefined, tock.args);
  } finally {
    trace.end();
  }
}

// @anchor process-ticks-and-rejections
function processTicksAndRejections() {
  var ticks = 0;
  var ranMicrotasks = false;
  do {
    while (head < queue.length) {
      var tock = queue[head];
      queue[head++] = undefined;  // advance first: a throw must not rerun it
      ticks++;
      if (head >= 1024 && head * 2 >= queue.length) {
        queue.splice(0, head);
        head = 0;
      }
      if (traceOn) runTraced(tock);
      else if (tock.args === undefined) tock.callback();
      else tock.callback.apply(undefined, tock.args);
    }
    queue.length = 0;
    head = 0;
    if (microtasks.runMicrotasks()) ranMicrotasks = true;
  } while (head < queue.length || promises.processPromiseRejections());
  if (traceOn) require('internal/loop/trace').drained(ticks, ranMicrotasks);
  lowerFlags();
}

// Everything queued has run: tell C++ it may skip the next tick hook.
function lowerFlags() {
  tickInfo[kHasTickScheduled] = 0;
  if (!microtasks.hasPendingMicrotasks()) tickInfo[1] = 0;
  if (!promises.hasRejectionToWarn()) tickInfo[2] = 0;
}

// The engine's tick hook (installed by internal/process/execution.js).
function runNextTicks() {
  if (head === queue.length && !microtasks.hasPendingMicrotasks()) {
    // Nothing queued; rejections may still wait to be reported.
    promises.processPromiseRejections();
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
