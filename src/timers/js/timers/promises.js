// timers/promises: setTimeout, setImmediate and setInterval that return
// promises (or, for setInterval, an async iterator).
//
// What: thin wrappers over internal/timers.js: the same Timeout and
// Immediate objects, resolving a promise instead of calling a callback.
// Interface: setTimeout([delay[, value[, options]]]),
//   setImmediate([value[, options]]), setInterval([delay[, value[, options]]])
//   -> { next(), return(), [Symbol.asyncIterator] }, scheduler.wait(delay[, options]),
//   scheduler.yield(). options: { ref = true, signal }.
// Invariants: an already aborted signal rejects at once; aborting later
//   clears the timer and rejects with AbortError (err.cause = signal.reason);
//   bad options reject (they do not throw), as in Node.
// Read first: internal/timers.js. Node: lib/timers/promises.js.
// Doc: timers.md § "Timers Promises API".
'use strict';

var internal = require('internal/timers');
var errors = require('internal/errors');
var validators = require('internal/validators');
var timers = require('timers');

function abortError(signal) {
  return new errors.AbortError(undefined, { cause: signal.reason });
}

// Validates options; returns an Error to reject with, or null.
function checkOptions(options) {
  if (options === null || typeof options !== 'object') {
    return new errors.codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  try {
    validators.validateAbortSignal(options.signal, 'options.signal');
  } catch (err) {
    return err;
  }
  if (options.ref !== undefined && typeof options.ref !== 'boolean') {
    return new errors.codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', options.ref);
  }
  if (options.signal && options.signal.aborted) return abortError(options.signal);
  return null;
}

// Runs `start(resolve, reject)`, which returns a cancel function; wires the
// abort signal to it and removes the listener when settled.
function withSignal(signal, start) {
  var onabort;
  var p = new Promise(function (resolve, reject) {
    var cancel = start(resolve);
    if (signal) {
      onabort = function () {
        if (cancel()) reject(abortError(signal));
      };
      signal.addEventListener('abort', onabort, { once: true });
    }
  });
  if (!signal) return p;
  return p.finally(function () { signal.removeEventListener('abort', onabort); });
}

function setTimeout(after, value, options) {
  if (options === undefined) options = {};
  var bad = checkOptions(options);
  if (bad) return Promise.reject(bad);
  return withSignal(options.signal, function (resolve) {
    var timeout = new internal.Timeout(resolve, after, [value], false, options.ref !== false);
    internal.insert(timeout);
    return function () {
      if (timeout._destroyed) return false;
      timers.clearTimeout(timeout);
      return true;
    };
  });
}

function setImmediate(value, options) {
  if (options === undefined) options = {};
  var bad = checkOptions(options);
  if (bad) return Promise.reject(bad);
  return withSignal(options.signal, function (resolve) {
    var immediate = internal.setImmediate(resolve, value);
    if (options.ref === false) immediate.unref();
    return function () {
      if (immediate._destroyed) return false;
      timers.clearImmediate(immediate);
      return true;
    };
  });
}

// An async iterator over interval ticks; each next() resolves with `value`
// once per elapsed interval (ticks that nobody awaited are not lost).
function setInterval(after, value, options) {
  if (options === undefined) options = {};
  var bad = checkOptions(options);
  var signal = options.signal;
  var notYielded = 0;
  var waiting = [];  // { resolve, reject } of pending next() calls
  var done = false;
  var interval = null;
  function finish(err) {
    done = true;
    if (interval !== null) timers.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onabort);
    while (waiting.length > 0) {
      var w = waiting.shift();
      if (err) w.reject(err); else w.resolve({ value: undefined, done: true });
    }
  }
  function onabort() { finish(abortError(signal)); }
  if (!bad) {
    interval = new internal.Timeout(function () {
      if (waiting.length > 0) waiting.shift().resolve({ value: value, done: false });
      else notYielded++;
    }, after, undefined, true, options.ref !== false);
    internal.insert(interval);
    if (signal) signal.addEventListener('abort', onabort, { once: true });
  }
  var iterator = {
    next: function () {
      if (bad) return Promise.reject(bad);
      if (signal && signal.aborted) return Promise.reject(abortError(signal));
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (notYielded > 0) {
        notYielded--;
        return Promise.resolve({ value: value, done: false });
      }
      return new Promise(function (resolve, reject) {
        waiting.push({ resolve: resolve, reject: reject });
      });
    },
    return: function () {
      finish(null);
      return Promise.resolve({ value: undefined, done: true });
    }
  };
  if (typeof Symbol === 'function' && Symbol.asyncIterator) {
    iterator[Symbol.asyncIterator] = function () { return this; };
  }
  return iterator;
}

var scheduler = {
  wait: function wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield: function yield_() { return setImmediate(); }
};

module.exports = {
  setTimeout: setTimeout,
  setImmediate: setImmediate,
  setInterval: setInterval,
  scheduler: scheduler
};
