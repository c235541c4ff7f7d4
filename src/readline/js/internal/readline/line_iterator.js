// internal/readline/line_iterator: `for await (const line of rl)`.
//
// What: an async iterator over an Interface's 'line' events that finishes at
//   'close'. Lines that arrive before anyone awaits wait in a queue; when the
//   queue passes kHighWatermark the interface is paused (so its input stops
//   reading) and resumed once the consumer has caught up.
// Interface: create(rl) -> { next(), return(), throw(), [Symbol.asyncIterator] }.
// Invariants: subscribes when created -- lines emitted before
//   rl[Symbol.asyncIterator]() was first called are not seen (as in Node 20,
//   whose iterator is events.on(rl, 'line', { close: ['close'] })); return()
//   (a `break`) unsubscribes but does not close rl, also as Node 20 does.
// Node: lib/internal/readline/interface.js ([SymbolAsyncIterator]),
//   lib/events.js (on). Doc: api/readline.md § "rl[Symbol.asyncIterator]()".
'use strict';

var kHighWatermark = 1024;

function create(rl) {
  var lines = [];      // unconsumed lines
  var waiting = [];    // { resolve, reject } of next() calls with no line yet
  var error = null;
  var finished = false;
  var pausedByUs = false;

  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    lines.push(line);
    if (lines.length > kHighWatermark && !rl.paused) {
      pausedByUs = true;
      rl.pause();
    }
  }
  function onClose() {
    stop();
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  }
  function onError(err) {
    error = err;
    stop();
    while (waiting.length > 0) waiting.shift().reject(err);
  }
  function stop() {
    finished = true;
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  }
  rl.on('line', onLine);
  rl.on('close', onClose);
  rl.on('error', onError);

  var iterator = {
    next: function () {
      if (lines.length > 0) {
        var value = lines.shift();
        if (pausedByUs && lines.length <= 1) {
          pausedByUs = false;
          if (!rl.closed) rl.resume();
        }
        return Promise.resolve({ value: value, done: false });
      }
      if (error !== null) {
        var err = error;
        error = null;
        return Promise.reject(err);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise(function (resolve, reject) {
        waiting.push({ resolve: resolve, reject: reject });
      });
    },
    return: function () {
      stop();
      lines.length = 0;
      onClose();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: function (err) {
      onError(err);
      return Promise.reject(err);
    }
  };
  iterator[Symbol.asyncIterator] = function () { return this; };
  return iterator;
}

module.exports = { create: create };
