// How a minode process ends: uncaught exceptions, exit(), and the exit events.
//
// What: the policy half of process lifetime. C++ (src/cli/run.cpp) runs the
// main script, spins the loop, then calls emitBeforeExit() while the loop
// stays empty, and finally emitExit(). Errors that escape any callback reach
// onUncaught() through the engine hook.
// Interface: tick(), onUncaught(err), exit(code), emitBeforeExit(), emitExit() -> code.
// Invariants: 'exit' is emitted at most once; once exiting, no 'beforeExit'.
// Exit codes follow process.md § "Exit codes": 1 for an uncaught
// exception, 7 when an 'uncaughtException' handler itself throws.
// Read first: internal/bootstrap/node.js.  Node: lib/internal/process/execution.js.
var engine = internalBinding('engine');
var binding = internalBinding('process');
// Loaded on first use: most processes never print an uncaught error.
function printError(err) { require('internal/process/print_error').printError(err); }

var drain = null;
function resolveDrain() {
  if (engine.hasBuiltin('internal/process/task_queues')) {
    return require('internal/process/task_queues').runNextTicks;
  }
  if (engine.hasBuiltin('internal/process/microtasks')) {
    return require('internal/process/microtasks').runMicrotasks;
  }
  return function () {};
}

// Called by C++ after the main script and after every callback.
function tick() {
  if (drain === null) drain = resolveDrain();
  try {
    drain();
  } catch (err) {
    onUncaught(err);
    tick();
  }
}

var handlingUncaught = false;

function onUncaught(err) {
  var p = process;
  if (handlingUncaught) {
    // The 'uncaughtException' handler threw: Node exits with code 7.
    printError(err);
    binding.reallyExit(7);
  }
  if (p.listenerCount('uncaughtExceptionMonitor') > 0) {
    p.emit('uncaughtExceptionMonitor', err, 'uncaughtException');
  }
  if (p.listenerCount('uncaughtException') > 0) {
    handlingUncaught = true;
    try {
      p.emit('uncaughtException', err, 'uncaughtException');
    } catch (e) {
      printError(e);
      binding.reallyExit(7);
    }
    handlingUncaught = false;
    return;
  }
  printError(err);
  p.exitCode = 1;
  emitExit();
  binding.reallyExit(1);
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode);
}

function emitExit() {
  var p = process;
  if (!p._exiting) {
    Object.defineProperty(p, '_exiting', { value: true, writable: true, configurable: true });
    p.emit('exit', p.exitCode === undefined ? 0 : p.exitCode);
  }
  return p.exitCode === undefined ? 0 : (p.exitCode | 0);
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  emitExit();
  binding.reallyExit(process.exitCode === undefined ? 0 : process.exitCode | 0);
}

// A queueMicrotask callback that throws is reported before the next
// microtask runs, as in Node (internal/process/microtasks calls this).
Object.defineProperty(process, '_onUncaughtInMicrotask', {
  value: onUncaught, writable: true, configurable: true, enumerable: false
});

module.exports = {
  tick: tick, onUncaught: onUncaught, exit: exit,
  emitBeforeExit: emitBeforeExit, emitExit: emitExit
};
