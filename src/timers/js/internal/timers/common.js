// internal/timers/common: what the Timeout side (internal/timers.js) and the
// Immediate side (internal/timers/immediates.js) share: the ref flag's
// symbol, the --trace-loop switch, and the drain of nextTicks and microtasks
// between two callbacks. Read internal/timers.js first.
'use strict';

var traceOn = internalBinding('loop').traceEnabled;  // --trace-loop
var kRefed = Symbol('refed');

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

module.exports = {
  kRefed: kRefed,
  traceOn: traceOn,
  validateFunction: validateFunction,
  trace: trace,
  tickInfo: tickInfo,
  runNextTicks: runNextTicks
};
