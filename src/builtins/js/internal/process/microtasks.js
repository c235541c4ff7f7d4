// internal/process/microtasks: the microtask queue (Promise jobs and
// queueMicrotask callbacks).
//
// What: ECMAScript's job queue, which Duktape does not have. Nothing runs a
// microtask unless the host calls runMicrotasks(): the tick drain does, after
// the main script and after every callback the loop runs (nextTick queue
// first, then this queue; see internal/process/task_queues in the runtime).
//
// Interface:
//   enqueueMicrotask(fn)      run fn() later, in FIFO order (queueMicrotask's job)
//   enqueueJob(fn, a, b)      run fn(a, b) later: Promise jobs use this to avoid
//                             allocating a closure per job
//   runMicrotasks()           drain the queue, including jobs queued while
//                             draining; returns true if any job ran
//   hasPendingMicrotasks()
//
// Invariants:
//   * The queue is a flat array of (fn, a, b) triples with a read cursor:
//     no per-job object, and draining is a plain loop.
//   * A job that throws does not lose the jobs behind it. The error goes to
//     process._onUncaughtInMicrotask(err) if that hook exists (the runtime's
//     uncaught-exception path, which may exit the process); otherwise the
//     drain finishes and then rethrows the first error.
//   * Promise jobs never throw (they catch and reject); only queueMicrotask
//     callbacks and bugs reach the error path.
//
// Read first: internal/builtins/promise.js (the main producer).
// Node doc: globals.md § "queueMicrotask(callback)"; ECMAScript §9.5 (Jobs).
'use strict';

var queue = [];
var head = 0;   // next triple to run
var tail = 0;   // where the next triple goes
var draining = false;

// Slot 1 of the engine's tickInfo (src/engine/binding.hpp): "a microtask is
// queued", so C++ runs the tick hook after the current callback. The tick
// drain lowers it. (A plain array when these files are tested outside minode.)
var tickInfo = typeof internalBinding === 'function' ? internalBinding('engine').tickInfo : [0, 0, 0];

// Speed (Duktape): every use of a module variable (queue, head, tail) is a
// lookup by name, ~300 instructions, and `undefined` is a global (~700), so
// the two hot functions copy the variables into locals and write `void 0`.
function enqueueJob(fn, a, b) {
  var q = queue;
  var t = tail;
  q[t] = fn;
  q[t + 1] = a;
  q[t + 2] = b;
  tail = t + 3;
  tickInfo[1] = 1;
}

function callMicrotask(fn) {
  fn();
}

function enqueueMicrotask(fn) {
  enqueueJob(callMicrotask, fn, void 0);
}

// Runs jobs until the queue is empty. The try/finally costs once per drain,
// not per job: it stores the cursor back if a job throws, and
// runMicrotasks() restarts this loop after the error. (runMicrotasks'
// `draining` flag means this never runs nested, so the local cursor is the
// only one moving.)
function drainLoop() {
  var q = queue;
  var h = head;
  try {
    while (h < tail) {
      var fn = q[h];
      var a = q[h + 1];
      var b = q[h + 2];
      q[h] = q[h + 1] = q[h + 2] = void 0;
      h += 3;  // advance first: a job that threw is not run again
      fn(a, b);
    }
  } finally {
    head = h;
  }
  head = tail = 0;
  if (q.length > 3072) q.length = 0;   // let a burst's array shrink
}

function runMicrotasks() {
  if (draining || head === tail) return false;
  draining = true;
  var firstError;
  var failed = false;
  try {
    for (;;) {
      try {
        drainLoop();
        break;
      } catch (err) {
        if (typeof process === 'object' && process !== null &&
            typeof process._onUncaughtInMicrotask === 'function') {
          process._onUncaughtInMicrotask(err);
        } else if (!failed) {
          failed = true;
          firstError = err;
        }
      }
    }
  } finally {
    draining = false;
  }
  if (failed) throw firstError;
  return true;
}

function hasPendingMicrotasks() {
  return head < tail;
}

exports.enqueueJob = enqueueJob;
exports.enqueueMicrotask = enqueueMicrotask;
exports.runMicrotasks = runMicrotasks;
exports.hasPendingMicrotasks = hasPendingMicrotasks;
