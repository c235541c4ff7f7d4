// internal/builtins/abort: AbortController and AbortSignal.
//
// What: the cancellation objects later layers take as `{ signal }`
// (timers/promises, events.once, fs, http). A controller owns one signal;
// abort(reason) marks the signal aborted once and dispatches an 'abort'
// event to its listeners.
//
// Interface: install(global) defines AbortController and AbortSignal;
// exports both and createAbortSignal() for internal users.
//   AbortSignal: aborted, reason, onabort, throwIfAborted(),
//     addEventListener(type, fn|{handleEvent}, {once}), removeEventListener,
//     dispatchEvent; statics abort(reason), timeout(ms), any(signals).
//
// Invariants:
//   * Listeners run in registration order; `onabort` takes the place of the
//     first time it was set, as an event handler attribute does. A listener
//     added twice (same type, same function) is registered once.
//   * The default reason is DOMException('This operation was aborted',
//     'AbortError'); a timeout's is DOMException('The operation was aborted
//     due to timeout', 'TimeoutError').
//   * minode differs: AbortSignal carries its own small listener list rather
//     than extending a shared EventTarget class (none exists below this
//     layer); the events it dispatches have type, target, currentTarget,
//     isTrusted, defaultPrevented and timeStamp.
//
// Read first: dom_exception.js.  Node doc: globals.md § "Class:
// AbortController", § "Class: AbortSignal".
'use strict';

var common = require('internal/builtins/common');
var DOMException = require('internal/builtins/dom_exception').DOMException;

var STATE = common.hiddenKey('AbortSignalState');
var SECRET = {};

function AbortSignal(secret) {
  if (secret !== SECRET) {
    var err = new TypeError('Illegal constructor');
    err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
    throw err;
  }
  this[STATE] = { aborted: false, reason: undefined, listeners: [], onabort: null };
}

function stateOf(self) {
  var s = common.isObject(self) ? self[STATE] : undefined;
  if (s === undefined) {
    var err = new TypeError('Value of "this" must be of type AbortSignal');
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return s;
}

function createAbortSignal() {
  return new AbortSignal(SECRET);
}

function findListener(list, type, fn) {
  for (var i = 0; i < list.length; i++) {
    if (list[i].type === type && list[i].fn === fn) return i;
  }
  return -1;
}

function invoke(signal, fn, event) {
  if (typeof fn === 'function') fn.call(signal, event);
  else if (common.isObject(fn) && typeof fn.handleEvent === 'function') fn.handleEvent(event);
}

// A listener that throws is reported as an uncaught exception after the
// others ran (as Node's EventTarget does), not thrown into abort()'s caller.
function reportLater(err) {
  require('internal/process/microtasks').enqueueMicrotask(function () { throw err; });
}

function dispatch(signal, event) {
  var s = stateOf(signal);
  event.target = event.currentTarget = signal;
  var list = s.listeners.slice();
  for (var i = 0; i < list.length; i++) {
    var l = list[i];
    if (l.type !== event.type || l.removed) continue;
    if (l.once) removeListener(s, l);
    try {
      invoke(signal, l.attribute ? s.onabort : l.fn, event);
    } catch (err) {
      reportLater(err);
    }
  }
  event.currentTarget = null;
  return !event.defaultPrevented;
}

function removeListener(s, l) {
  var i = s.listeners.indexOf(l);
  if (i >= 0) s.listeners.splice(i, 1);
  l.removed = true;
}

function makeEvent(type) {
  return {
    type: type, target: null, currentTarget: null, isTrusted: true,
    defaultPrevented: false, timeStamp: Date.now(),
    preventDefault: function () { this.defaultPrevented = true; }
  };
}

function abortSignal(signal, reason) {
  var s = stateOf(signal);
  if (s.aborted) return;
  s.aborted = true;
  s.reason = reason === undefined ?
    new DOMException('This operation was aborted', 'AbortError') : reason;
  dispatch(signal, makeEvent('abort'));
}

var signalMethods = {
  throwIfAborted: function throwIfAborted() {
    var s = stateOf(this);
    if (s.aborted) throw s.reason;
  },
  addEventListener: function addEventListener(type, fn, options) {
    var s = stateOf(this);
    if (fn === null || fn === undefined) return;
    var t = String(type);
    if (findListener(s.listeners, t, fn) >= 0) return;
    var once = common.isObject(options) && !!options.once;
    s.listeners.push({ type: t, fn: fn, once: once, removed: false, attribute: false });
  },
  removeEventListener: function removeEventListener(type, fn) {
    var s = stateOf(this);
    var i = findListener(s.listeners, String(type), fn);
    if (i >= 0) removeListener(s, s.listeners[i]);
  },
  dispatchEvent: function dispatchEvent(event) {
    if (!common.isObject(event) || typeof event.type !== 'string') {
      throw new TypeError('The "event" argument must be an instance of Event.');
    }
    return dispatch(this, event);
  }
};

function defineAccessors(proto) {
  common.defineGetter(proto, 'aborted', function () { return stateOf(this).aborted; });
  common.defineGetter(proto, 'reason', function () { return stateOf(this).reason; });
  Object.defineProperty(proto, 'onabort', {
    enumerable: true,
    configurable: true,
    get: function () { return stateOf(this).onabort; },
    set: function (fn) {
      var s = stateOf(this);
      s.onabort = typeof fn === 'function' || common.isObject(fn) ? fn : null;
      var has = false;
      for (var i = 0; i < s.listeners.length; i++) has = has || s.listeners[i].attribute;
      if (!has) {
        s.listeners.push({ type: 'abort', fn: null, once: false, removed: false, attribute: true });
      }
    }
  });
}

var signalStatics = {
  abort: function abort(reason) {
    var signal = createAbortSignal();
    abortSignal(signal, reason);
    return signal;
  },
  timeout: function timeout(delay) {
    if (typeof delay !== 'number') {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('delay', 'number', delay);
    }
    var signal = createAbortSignal();
    var timer = setTimeout(function () {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (timer !== null && typeof timer === 'object' && typeof timer.unref === 'function') timer.unref();
    return signal;
  },
  any: function any(signals) {
    var result = createAbortSignal();
    var list = Array.prototype.slice.call(signals);
    for (var i = 0; i < list.length; i++) {
      var s = stateOf(list[i]);
      if (s.aborted) {
        abortSignal(result, s.reason);
        return result;
      }
    }
    function follow(source) {
      source.addEventListener('abort', function () { abortSignal(result, source.reason); });
    }
    for (var j = 0; j < list.length; j++) follow(list[j]);
    return result;
  }
};

function AbortController() {
  if (!(this instanceof AbortController)) {
    throw new TypeError("Class constructor AbortController cannot be invoked without 'new'");
  }
  common.defineValue(this, '_signal', createAbortSignal());
}

function install(global) {
  if (typeof global.AbortController === 'function') return;
  var proto = AbortSignal.prototype;
  for (var k in signalMethods) common.defineValue(proto, k, signalMethods[k]);
  defineAccessors(proto);
  for (var st in signalStatics) common.defineValue(AbortSignal, st, signalStatics[st]);
  Object.defineProperty(proto, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
  var cproto = AbortController.prototype;
  common.defineGetter(cproto, 'signal', function () { return this._signal; });
  common.defineValue(cproto, 'abort', function abort(reason) { abortSignal(this._signal, reason); });
  Object.defineProperty(cproto, Symbol.toStringTag, { value: 'AbortController', configurable: true });
  common.defineValue(global, 'AbortSignal', AbortSignal);
  common.defineValue(global, 'AbortController', AbortController);
}

exports.install = install;
exports.AbortController = AbortController;
exports.AbortSignal = AbortSignal;
exports.createAbortSignal = createAbortSignal;
