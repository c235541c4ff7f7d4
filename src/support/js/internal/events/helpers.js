// internal/events/helpers: the module-level functions of 'events' —
// events.once (a Promise), events.on (an async iterator), getEventListeners,
// getMaxListeners, addAbortListener.
//
// Interface: once(emitter, name[, { signal }]) -> Promise<args array>;
//   on(emitter, name[, { signal, close, highWaterMark, lowWaterMark }]) -> async iterator;
//   getEventListeners(emitter, name); getMaxListeners(emitter);
//   addAbortListener(signal, listener) -> { [Symbol.dispose]() } (also .dispose()).
//
// Invariants:
//   * Promise is the global one, looked up at call time (a polyfill on Duktape).
//   * once() rejects when 'error' fires first (unless waiting for 'error'
//     itself) and removes every listener it added, whichever way it settles.
//   * Works with EventTarget-like objects (addEventListener) too.
// Node doc: api/events.md § "events.once(emitter, name[, options])"

'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var codes = errors.codes;

function abortError(signal) {
  return new errors.AbortError(undefined, { cause: signal ? signal.reason : undefined });
}

function agnosticRemove(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticAdd(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// @anchor events-once
function once(emitter, name, options) {
  var signal = options ? options.signal : undefined;
  return new Promise(function (resolve, reject) {
    validators.validateAbortSignal(signal, 'options.signal');
    if (signal && signal.aborted) throw abortError(signal);
    function errorListener(err) {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      reject(err);
    }
    function resolver() {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) agnosticRemove(signal, 'abort', abortListener);
      resolve(Array.prototype.slice.call(arguments));
    }
    function abortListener() {
      agnosticRemove(emitter, name, resolver);
      agnosticRemove(emitter, 'error', errorListener);
      reject(abortError(signal));
    }
    agnosticAdd(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    if (signal != null) agnosticAdd(signal, 'abort', abortListener, { once: true });
  });
}

function asyncIteratorSymbol() {
  return Symbol.asyncIterator || Symbol['for']('Symbol.asyncIterator');
}

function iterResult(value, done) {
  return { value: value, done: done };
}

function validateWatermark(options, names, def, label) {
  for (var i = 0; i < names.length; i++) {
    if (options[names[i]] != null) {
      validators.validateInteger(options[names[i]], label, 1);
      return options[names[i]];
    }
  }
  return def;
}

// @anchor events-on
function on(emitter, event, options) {
  options = options || {};
  var signal = options.signal;
  validators.validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  var state = {
    emitter: emitter, events: [], promises: [], error: null, finished: false, paused: false,
    high: validateWatermark(options, ['highWaterMark', 'highWatermark'],
      9007199254740991, 'options.highWaterMark'),
    low: validateWatermark(options, ['lowWaterMark', 'lowWatermark'], 1, 'options.lowWaterMark'),
    added: [], signal: signal, abortListener: null
  };
  listen(state, event, function () { eventHandler(state, Array.prototype.slice.call(arguments)); });
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(state, 'error', function (err) { errorHandler(state, err); });
  }
  var closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (var i = 0; i < closeEvents.length; i++) {
      listen(state, closeEvents[i], function () { closeHandler(state); });
    }
  }
  if (signal) {
    state.abortListener = function () { errorHandler(state, abortError(signal)); };
    agnosticAdd(signal, 'abort', state.abortListener, { once: true });
  }
  return makeIterator(state);
}

function listen(state, name, handler) {
  agnosticAdd(state.emitter, name, handler);
  state.added.push([name, handler]);
}

function makeIterator(state) {
  var iterator = {
    next: function () {
      if (state.events.length) {
        var value = state.events.shift();
        if (state.paused && state.events.length < state.low) {
          state.emitter.resume();
          state.paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      if (state.error) {
        var p = Promise.reject(state.error);
        state.error = null;
        return p;
      }
      if (state.finished) return closeHandler(state);
      return new Promise(function (resolve, reject) {
        state.promises.push({ resolve: resolve, reject: reject });
      });
    },
    'return': function () { return closeHandler(state); },
    'throw': function (err) {
      if (!err || !(err instanceof Error)) {
        throw new codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(state, err);
    }
  };
  iterator[asyncIteratorSymbol()] = function () { return this; };
  return iterator;
}

function eventHandler(state, value) {
  if (state.promises.length === 0) {
    state.events.push(value);
    if (!state.paused && state.events.length > state.high) {
      state.paused = true;
      state.emitter.pause();
    }
  } else {
    state.promises.shift().resolve(iterResult(value, false));
  }
}

function errorHandler(state, err) {
  if (state.promises.length === 0) state.error = err;
  else state.promises.shift().reject(err);
  closeHandler(state);
}

function closeHandler(state) {
  if (state.abortListener) {
    agnosticRemove(state.signal, 'abort', state.abortListener);
    state.abortListener = null;
  }
  while (state.added.length > 0) {
    var entry = state.added.pop();
    agnosticRemove(state.emitter, entry[0], entry[1]);
  }
  state.finished = true;
  var done = iterResult(undefined, true);
  while (state.promises.length > 0) state.promises.shift().resolve(done);
  return Promise.resolve(done);
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget && typeof emitterOrTarget.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  throw new codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validators.validateAbortSignal(signal, 'signal');
  validators.validateFunction(listener, 'listener');
  var removed = false;
  if (signal.aborted) {
    Promise.resolve().then(function () { listener(); });
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  var disposable = {
    dispose: function () {
      if (removed) return;
      removed = true;
      signal.removeEventListener('abort', listener);
    }
  };
  if (typeof Symbol.dispose === 'symbol') disposable[Symbol.dispose] = disposable.dispose;
  return disposable;
}

module.exports = {
  once: once,
  on: on,
  getEventListeners: getEventListeners,
  getMaxListeners: getMaxListeners,
  addAbortListener: addAbortListener
};
