// events: EventEmitter, the publish/subscribe object under every socket,
// stream and server. A port of Node v20's lib/events.js to ES5.
//
// STARTER (exercises/03b-once-error): two rules are missing, and the
// exercise is to put them back (look for "EXERCISE"):
//   * once() and prependOnceListener() add the listener as on() does, so it
//     runs on every emit instead of on the next one only;
//   * emit('error') with no 'error' listener returns false like any other
//     event, where Node throws; errorMonitor listeners are never called.
//
// Interface: module.exports is EventEmitter itself (also .EventEmitter);
//   prototype: on/addListener, once, prependListener, prependOnceListener,
//   off/removeListener, removeAllListeners, emit, listeners, rawListeners,
//   listenerCount, eventNames, setMaxListeners, getMaxListeners;
//   statics: defaultMaxListeners, errorMonitor, captureRejections,
//   captureRejectionSymbol, listenerCount, setMaxListeners, init;
//   functions (internal/events/helpers.js): once, on, getEventListeners,
//   getMaxListeners, addAbortListener.
//
// Invariants (the data structure):
//   * this._events is a null-prototype object: event name -> a listener
//     function (the common single-listener case, no array) or an array of
//     listeners in call order. this._eventsCount counts its keys.
//   * A once() listener is stored as a wrapper whose .listener is the
//     original, so removeListener(original) and listeners() see through it.
//     (Not in the starter: see EXERCISE below.)
//   * emit() iterates a copy of the array: a listener removed (or added)
//     during an emit does not change who runs in that emit.
// Hot path: emit() is called for every chunk on every socket. It never copies
//   `arguments` for up to two event arguments and skips the array for a
//   single listener.
// Read first: Node's api/events.md. Node doc: api/events.md

'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var codes = errors.codes;

var kCapture = Symbol('kCapture');
var kErrorMonitor = Symbol('events.errorMonitor');
var kShapeMode = Symbol('shapeMode');
var kRejection = Symbol['for']('nodejs.rejection');

var defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
// Property order matches Node's (visible in Object.keys(require('events'))).
var helpers = require('internal/events/helpers');
EventEmitter.addAbortListener = helpers.addAbortListener;
EventEmitter.once = helpers.once;
EventEmitter.on = helpers.on;
EventEmitter.getEventListeners = helpers.getEventListeners;
EventEmitter.getMaxListeners = helpers.getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  get: function () { return EventEmitter.prototype[kCapture]; },
  set: function (value) {
    validators.validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true
});

// P2, not provided: async_hooks does not exist in minode.
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get: function () { throw errors.notImplemented('events.EventEmitterAsyncResource'); }
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (arg) {
    validators.validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  }
});

Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false
});
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.setMaxListeners = function (n) {
  if (n === undefined) n = defaultMaxListeners;
  validators.validateNumber(n, 'setMaxListeners', 0);
  if (arguments.length <= 1) {
    defaultMaxListeners = n;
    return;
  }
  for (var i = 1; i < arguments.length; i++) {
    var target = arguments[i];
    if (target && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// @anchor emitter-init
EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true; // a subclass pre-shaped _events; keep its keys
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    validators.validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

function hasEventListener(self, type) {
  if (type === undefined) return self._events !== undefined;
  return self._events !== undefined && self._events[type] !== undefined;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validators.validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function getMaxListenersOf(that) {
  if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

function argsFrom(args, start) {
  var out = new Array(args.length - start);
  for (var i = start; i < args.length; i++) out[i - start] = args[i];
  return out;
}

// captureRejections: a listener's rejected promise becomes an 'error' event.
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    var then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function (err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection].apply(ee, [err, type].concat(args));
    return;
  }
  var prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

function callListener(self, fn, args) {
  switch (args.length) {
    case 1: return fn.call(self);
    case 2: return fn.call(self, args[1]);
    case 3: return fn.call(self, args[1], args[2]);
    default: return fn.apply(self, argsFrom(args, 1));
  }
}

// @anchor emit
EventEmitter.prototype.emit = function emit(type) {
  var events = this._events;
  var result;
  // EXERCISE: 'error' is special (api/events.md § "Error events"): tell the
  // errorMonitor listeners first, then, if nobody listens for 'error',
  // throw the error (or ERR_UNHANDLED_ERROR for a value that is not an Error).
  if (events === undefined) return false;
  var handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    result = callListener(this, handler, arguments);
    if (result !== undefined && result !== null) addCatch(this, result, type, argsFrom(arguments, 1));
    return true;
  }
  var listeners = arrayClone(handler);
  for (var i = 0; i < listeners.length; ++i) {
    result = callListener(this, listeners[i], arguments);
    if (result !== undefined && result !== null) addCatch(this, result, type, argsFrom(arguments, 1));
  }
  return true;
};

// The fixed-arity emitters minode's own hot paths use (emit1(stream, 'data',
// chunk)) share emit's helpers; see internal/events/fast_emit for why.
require('internal/events/fast_emit').init({
  emit: EventEmitter.prototype.emit, addCatch: addCatch, arrayClone: arrayClone
});

function warnMaxListeners(target, type, existing, m) {
  existing.warned = true;
  var inspect = require('internal/util/inspect').inspect;
  var w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
    String(type) + ' listeners added to ' + inspect(target, { depth: -1 }) +
    '. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = existing.length;
  process.emitWarning(w);
}

// @anchor add-listener
function addListener(target, type, listener, prepend) {
  validators.validateFunction(listener, 'listener');
  var events = target._events;
  var existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events; // a newListener handler may have reset it
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  var m = getMaxListenersOf(target);
  if (m > 0 && existing.length > m && !existing.warned) warnMaxListeners(target, type, existing, m);
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

// EXERCISE: a once() listener must run on the next emit only, be removed
// before it runs, and still be found by removeListener(original),
// listeners() (the original) and rawListeners() (what is stored).
EventEmitter.prototype.once = function once(type, listener) {
  validators.validateFunction(listener, 'listener');
  this.on(type, listener);
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validators.validateFunction(listener, 'listener');
  this.prependListener(type, listener);
  return this;
};

require('internal/events/removal').install(EventEmitter, {
  hasEventListener: hasEventListener, kShapeMode: kShapeMode, arrayClone: arrayClone
});

function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    default: return arr.slice();
  }
}
