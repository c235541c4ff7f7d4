// internal/builtins/promise_statics: Promise.all, allSettled, race, any and
// AggregateError.
//
// What: the combinators, written as the spec writes them (one capability
// for the result, C.resolve on every element, an "element" closure with an
// alreadyCalled flag and a shared remaining-count), so their job counts, and
// so their ordering against other promises, match node's.
//
// Interface: install(global, promiseModule) adds the four statics to
// Promise and defines global AggregateError.
//
// Invariants:
//   * Iteration goes through iterators.iterate(): plain arrays are walked by
//     index; an error thrown while handling an element closes the iterator
//     and rejects the result (IfAbruptRejectPromise), never throws.
//   * When C is Promise and the element's `then` is the original, the
//     element is subscribed with performThen() directly: the same jobs run,
//     but the throw-away derived promise of `then` is not allocated.
//
// Read first: promise.js.  Spec: ECMAScript 2023 §27.2.4, §20.5.7.
'use strict';

var common = require('internal/builtins/common');
var iterators = require('internal/builtins/iterators');

var P;   // the promise module, set by install()

// Built as a real Error (so Duktape records a traceback) re-parented onto
// AggregateError.prototype, or onto a subclass's prototype when called as
// `AggregateError.call(this, ...)` from a lowered `class extends`.
function AggregateError(errors, message, options) {
  var err = new Error(message === void 0 ? void 0 : String(message));
  Object.setPrototypeOf(err, this instanceof AggregateError ?
    Object.getPrototypeOf(this) : AggregateError.prototype);
  if (common.isObject(options) && 'cause' in options) {
    common.defineValue(err, 'cause', options.cause);
  }
  var list = [];
  iterators.iterate(errors, function (e) { list.push(e); });
  common.defineValue(err, 'errors', list);
  return err;
}
AggregateError.prototype = Object.create(Error.prototype);
common.defineValue(AggregateError.prototype, 'constructor', AggregateError);
common.defineValue(AggregateError.prototype, 'name', 'AggregateError');
common.defineValue(AggregateError.prototype, 'message', '');
Object.setPrototypeOf(AggregateError, Error);

function getPromiseResolve(C) {
  var resolve = C.resolve;
  if (typeof resolve !== 'function') {
    throw new TypeError('Promise resolve or reject function is not callable');
  }
  return resolve;
}

// Subscribes onFulfilled/onRejected to C.resolve(value), as the spec's
// Invoke(nextPromise, "then", ...) does.
function subscribe(C, resolve, value, onFulfilled, onRejected) {
  var next = resolve.call(C, value);
  if (C === P.Promise && P.isPromise(next) && next.then === P.Promise.prototype.then) {
    P.performThen(next, onFulfilled, onRejected, void 0);
  } else {
    next.then(onFulfilled, onRejected);
  }
}

// The shared skeleton of all/allSettled/any: `onElement(index, value,
// state)` subscribes one element; state.remaining starts at 1 so the result
// cannot settle before iteration ends; `finish(state)` settles it.
function combine(C, iterable, onElement, finish) {
  var cap = P.newPromiseCapability(C);
  var state = { cap: cap, C: C, values: [], remaining: 1, resolve: void 0 };
  try {
    state.resolve = getPromiseResolve(C);
    var index = 0;
    iterators.iterate(iterable, function (value) {
      state.values.push(void 0);
      state.remaining++;
      onElement(index++, value, state);
    });
    if (--state.remaining === 0) finish(state);
  } catch (err) {
    cap.reject(err);
  }
  return cap.promise;
}

function elementDone(state, index, value, finish) {
  state.values[index] = value;
  if (--state.remaining === 0) finish(state);
}

function resolveValues(state) { state.cap.resolve(state.values); }

function rejectAggregate(state) {
  state.cap.reject(new AggregateError(state.values, 'All promises were rejected'));
}

function all(iterable) {
  return combine(this, iterable, function (index, value, state) {
    var called = false;
    subscribe(state.C, state.resolve, value, function (v) {
      if (called) return;
      called = true;
      elementDone(state, index, v, resolveValues);
    }, state.cap.reject);
  }, resolveValues);
}

function allSettled(iterable) {
  return combine(this, iterable, function (index, value, state) {
    var called = false;
    subscribe(state.C, state.resolve, value, function (v) {
      if (called) return;
      called = true;
      elementDone(state, index, { status: 'fulfilled', value: v }, resolveValues);
    }, function (r) {
      if (called) return;
      called = true;
      elementDone(state, index, { status: 'rejected', reason: r }, resolveValues);
    });
  }, resolveValues);
}

function any(iterable) {
  return combine(this, iterable, function (index, value, state) {
    var called = false;
    subscribe(state.C, state.resolve, value, state.cap.resolve, function (r) {
      if (called) return;
      called = true;
      elementDone(state, index, r, rejectAggregate);
    });
  }, rejectAggregate);
}

function race(iterable) {
  var C = this;
  var cap = P.newPromiseCapability(C);
  try {
    var resolve = getPromiseResolve(C);
    iterators.iterate(iterable, function (value) {
      subscribe(C, resolve, value, cap.resolve, cap.reject);
    });
  } catch (err) {
    cap.reject(err);
  }
  return cap.promise;
}

function install(global, promiseModule) {
  P = promiseModule;
  var Promise = P.Promise;
  common.defineValue(Promise, 'all', all);
  common.defineValue(Promise, 'allSettled', allSettled);
  common.defineValue(Promise, 'any', any);
  common.defineValue(Promise, 'race', race);
  if (typeof global.AggregateError !== 'function') {
    common.defineValue(global, 'AggregateError', AggregateError);
  }
}

exports.install = install;
exports.AggregateError = AggregateError;
