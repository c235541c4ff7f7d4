// internal/process/signals: process.on('SIGINT') and process.kill().
//
// What: the first listener for a signal name starts a C++ watcher
// (internalBinding('signal_wrap'), src/loop/signal.hpp), which replaces the
// signal's default action; removing the last listener stops it, and the
// default action (usually: terminate, exit status 128 + n) is back.
// Interface: install(process) (adds the listeners' bookkeeping and
//   process.kill), signals (name -> number).
// Invariants: a watcher does not keep the loop alive (Node unrefs it);
//   listeners get (name, number), as in Node.
// Read first: src/loop/loop_binding.hpp. Node: lib/internal/process/per_thread.js
// (kill), lib/internal/bootstrap/node.js (startListeningIfSignal).
// Doc: process.md § "Signal events", § "process.kill(pid[, signal])".
'use strict';

var binding = internalBinding('signal_wrap');
var signals = binding.signals;
var watching = {};  // name -> true while a C++ watcher runs

function isSignal(type) {
  return typeof type === 'string' && type.slice(0, 3) === 'SIG' &&
    Object.prototype.hasOwnProperty.call(signals, type);
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || watching[type]) return;
  binding.start(signals[type]);
  watching[type] = true;
}

function stopListeningIfSignal(type) {
  if (!watching[type] || process.listenerCount(type) > 0) return;
  binding.stop(signals[type]);
  delete watching[type];
}

var names = {};  // number -> name
Object.keys(signals).forEach(function (name) {
  if (names[signals[name]] === undefined) names[signals[name]] = name;
});

// Called by C++ (through make_callback) when a watched signal arrives.
function onSignal(signum) {
  var name = names[signum];
  var keys = Object.keys(watching);
  for (var i = 0; i < keys.length; i++) {
    if (signals[keys[i]] === signum) name = keys[i];
  }
  process.emit(name, name, signum);
}

function errnoException(err, syscall) {
  var code = binding.errname(err);
  var e = new Error(syscall + ' ' + code);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function kill(pid, sig) {
  var errors = require('internal/errors');
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new errors.codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  var signum;
  if (sig === (sig | 0)) {
    signum = sig;
  } else {
    sig = sig || 'SIGTERM';
    if (!isSignal(sig)) throw new errors.codes.ERR_UNKNOWN_SIGNAL(sig);
    signum = signals[sig];
  }
  var err = binding.kill(pid, signum);
  if (err) throw errnoException(err, 'kill');
  return true;
}

function install(process) {
  binding.setup(onSignal);
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
  Object.defineProperty(process, 'kill', {
    value: kill, writable: true, configurable: true, enumerable: true
  });
}

module.exports = { install: install, signals: signals, kill: kill };
