// internal/events/fast_emit: emit() for callers that know how many arguments
// they pass — minode's own hot paths (a stream's 'data', a server's 'request').
//
// Why it exists: EventEmitter.prototype.emit(type, ...args) must hand each
// listener exactly the arguments it was given, and in ES5 the only way to
// count them is `arguments`. On Duktape a function that mentions `arguments`
// builds an arguments object on every call: ~7,000 instructions in strict code,
// ten times a plain call. emit0/emit1/emit2 take a fixed count instead, so they
// never touch `arguments`. Node has no need for this (V8 optimises rest
// parameters away); it is a Duktape-specific shortcut, not a semantic change.
//
// Interface: emit0(ee, type), emit1(ee, type, a), emit2(ee, type, a, b) return
//   what ee.emit(type[, a[, b]]) returns, with the same effects.
//   settle1(ee, result, type, a): what emit does with a listener's non-null
//   result, for hot paths that call a single listener themselves (a stream's
//   'data': internal/streams/readable.js) after checking what emit1 checks.
// Invariants: an emitter whose emit is not EventEmitter.prototype.emit (a
//   subclass or instance that overrides it, to trace or to intercept) gets its
//   own emit called, as in Node; so does every 'error' event (its rules — the
//   errorMonitor, throwing without listeners — live in events.js only).
//   Listeners run on a copy of the listener array, as in emit().
// Read first: events.js (the data structure of _events, and emit itself).
'use strict';

var shared;  // { emit, addCatch, arrayClone }, handed over by events.js: init()

function init(fromEvents) { shared = fromEvents; }

// Each emitN starts with the same test, written out three times rather than
// shared because a call costs ~550 instructions here: an overridden emit or
// an 'error' goes to ee.emit; no listener returns false, as emit does.

// A listener returned something: with captureRejections, a rejected promise
// becomes 'error'. Rare, so the argument array is built only here.
function settle(ee, result, type, a, b, count) {
  shared.addCatch(ee, result, type, count === 0 ? [] : count === 1 ? [a] : [a, b]);
}

/// settle1(ee, result, type, a): after a listener of ee.emit(type, a) returned
/// a non-null result (a promise, with captureRejections).
function settle1(ee, result, type, a) {
  shared.addCatch(ee, result, type, [a]);
}

/// emit0(ee, type): ee.emit(type) without an arguments object.
function emit0(ee, type) {
  if (ee.emit !== shared.emit || type === 'error') return ee.emit(type);
  var events = ee._events;
  var h = events === undefined ? undefined : events[type];
  if (h === undefined) return false;
  if (typeof h === 'function') {
    var r = h.call(ee);
    if (r !== undefined && r !== null) settle(ee, r, type, undefined, undefined, 0);
    return true;
  }
  var list = shared.arrayClone(h);
  for (var i = 0; i < list.length; ++i) {
    r = list[i].call(ee);
    if (r !== undefined && r !== null) settle(ee, r, type, undefined, undefined, 0);
  }
  return true;
}

/// emit1(ee, type, a): ee.emit(type, a) without an arguments object.
function emit1(ee, type, a) {
  if (ee.emit !== shared.emit || type === 'error') return ee.emit(type, a);
  var events = ee._events;
  var h = events === undefined ? undefined : events[type];
  if (h === undefined) return false;
  if (typeof h === 'function') {
    var r = h.call(ee, a);
    if (r !== undefined && r !== null) settle(ee, r, type, a, undefined, 1);
    return true;
  }
  var list = shared.arrayClone(h);
  for (var i = 0; i < list.length; ++i) {
    r = list[i].call(ee, a);
    if (r !== undefined && r !== null) settle(ee, r, type, a, undefined, 1);
  }
  return true;
}

/// emit2(ee, type, a, b): ee.emit(type, a, b) without an arguments object.
function emit2(ee, type, a, b) {
  if (ee.emit !== shared.emit || type === 'error') return ee.emit(type, a, b);
  var events = ee._events;
  var h = events === undefined ? undefined : events[type];
  if (h === undefined) return false;
  if (typeof h === 'function') {
    var r = h.call(ee, a, b);
    if (r !== undefined && r !== null) settle(ee, r, type, a, b, 2);
    return true;
  }
  var list = shared.arrayClone(h);
  for (var i = 0; i < list.length; ++i) {
    r = list[i].call(ee, a, b);
    if (r !== undefined && r !== null) settle(ee, r, type, a, b, 2);
  }
  return true;
}

module.exports = { init: init, emit0: emit0, emit1: emit1, emit2: emit2, settle1: settle1 };
