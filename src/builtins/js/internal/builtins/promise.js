// internal/builtins/promise: Promise, as ECMAScript specifies it, on the
// host-drained microtask queue.
//
// What: the Promise constructor and prototype (then/catch/finally). The
// combinators (all/allSettled/race/any) and AggregateError live in
// promise_statics.js. Jobs go through internal/process/microtasks; rejections
// nobody handles go to internal/process/promises, which reports them after
// the drain the way Node does.
//
// Interface:
//   install(global)        defines global Promise (only if there is none)
//   Promise                the constructor
//   isPromise(v), newPromiseCapability(C), promiseResolve(C, x),
//   performThen(p, onFulfilled, onRejected, capabilityOrUndefined)
//
// Invariants:
//   * Internal slots are hidden keys (common.hiddenKey): STATE (0 pending,
//     1 fulfilled, 2 rejected), RESULT, FIRST (first reaction) and MORE
//     (array of further reactions, in registration order).
//   * A reaction is one object {d, c, f, r}: the derived promise `d` (when
//     the species is Promise) or a capability `c` (subclasses), and the two
//     handlers. Settling enqueues one job per reaction as a (fn, reaction,
//     value) triple: no closure per job.
//   * Resolving with a native promise whose `then` is untouched still takes
//     the spec's two extra jobs (NewPromiseResolveThenableJob, then the
//     reaction), but without creating resolving functions.
//   * Only `new Promise(executor)` and foreign thenables create the pair of
//     resolving functions (two closures sharing an alreadyResolved flag).
//   * The brand check is `STATE in own-or-inherited slots`: an object made
//     with Object.create(promise) passes it (a documented shortcut).
//
// Speed: `void 0` stands for undefined throughout. `undefined` is a global
// variable, which Duktape looks up by name on every use (~700 instructions,
// against ~30 for `void 0`): in resolve+then it was ~15% of the work.
//
// Read first: internal/process/microtasks.js, then this file top to bottom.
// Spec: ECMAScript 2023 §27.2 (Promise Objects). Node doc: globals.md.
'use strict';

var common = require('internal/builtins/common');
var microtasks = require('internal/process/microtasks');
var rejections = require('internal/process/promises');

var enqueueJob = microtasks.enqueueJob;
var STATE = common.hiddenKey('PromiseState');
var RESULT = common.hiddenKey('PromiseResult');
var FIRST = common.hiddenKey('PromiseFirstReaction');
var MORE = common.hiddenKey('PromiseMoreReactions');
var HANDLED = common.hiddenKey('PromiseIsHandled');
var PENDING = 0;
var FULFILLED = 1;
var REJECTED = 2;

function Promise(executor) {
  if (!(this instanceof Promise) || this[STATE] !== void 0) {
    throw new TypeError("Promise constructor cannot be invoked without 'new'");
  }
  if (typeof executor !== 'function') {
    throw new TypeError('Promise resolver ' + common.describe(executor) + ' is not a function');
  }
  this[STATE] = PENDING;
  var self = this;
  var done = false;
  function resolve(value) {
    if (done) return;
    done = true;
    resolvePromise(self, value);
  }
  function reject(reason) {
    if (done) return;
    done = true;
    rejectPromise(self, reason);
  }
  try {
    executor(resolve, reject);
  } catch (err) {
    reject(err);
  }
}

// Creates a pending promise without an executor (then(), Promise.resolve).
function InternalPromise() {
  this[STATE] = PENDING;
}
InternalPromise.prototype = Promise.prototype;

function isPromise(v) {
  return v !== null && typeof v === 'object' && v[STATE] !== void 0;
}

// @anchor promise-settle
function fulfillPromise(p, value) {
  p[STATE] = FULFILLED;
  p[RESULT] = value;
  triggerReactions(p, fulfillJob, value);
}

function rejectPromise(p, reason) {
  p[STATE] = REJECTED;
  p[RESULT] = reason;
  if (p[FIRST] === void 0) {
    p[HANDLED] = false;
    rejections.unhandledRejection(p, reason);
  }
  triggerReactions(p, rejectJob, reason);
}

function triggerReactions(p, job, value) {
  var first = p[FIRST];
  if (first === void 0) return;
  p[FIRST] = void 0;
  enqueueJob(job, first, value);
  var more = p[MORE];
  if (more === void 0) return;
  p[MORE] = void 0;
  for (var i = 0; i < more.length; i++) enqueueJob(job, more[i], value);
}

// @anchor promise-resolve-functions
// The body of a promise's resolve function (spec §27.2.1.3.2).
function resolvePromise(p, x) {
  if (x === p) {
    rejectPromise(p, new TypeError('Chaining cycle detected for promise #<Promise>'));
    return;
  }
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) {
    fulfillPromise(p, x);
    return;
  }
  var then;
  try {
    then = x.then;
  } catch (err) {
    rejectPromise(p, err);
    return;
  }
  if (typeof then !== 'function') {
    fulfillPromise(p, x);
  } else if (then === promiseThen && x[STATE] !== void 0) {
    enqueueJob(adoptPromiseJob, p, x);
  } else {
    enqueueJob(resolveThenableJob, p, [x, then]);
  }
}

// NewPromiseResolveThenableJob for a native promise: x.then(resolve, reject)
// where both just pass the outcome on to p.
function adoptPromiseJob(p, x) {
  performThen(x, void 0, void 0, p);
}

// NewPromiseResolveThenableJob for any other thenable.
function resolveThenableJob(p, pair) {
  var done = false;
  function resolve(value) {
    if (done) return;
    done = true;
    resolvePromise(p, value);
  }
  function reject(reason) {
    if (done) return;
    done = true;
    rejectPromise(p, reason);
  }
  try {
    pair[1].call(pair[0], resolve, reject);
  } catch (err) {
    reject(err);
  }
}

// @anchor promise-reaction-job
// A reaction's derived promise `d` is a native promise, or undefined when a
// capability `c` of a subclass stands in for it.
function fulfillJob(reaction, value) {
  var h = reaction.f;
  if (h === void 0) {
    settleDerived(reaction, value, true);
    return;
  }
  var x;
  try {
    x = h(value);
  } catch (err) {
    settleDerived(reaction, err, false);
    return;
  }
  settleDerived(reaction, x, true);
}

function rejectJob(reaction, reason) {
  var h = reaction.r;
  if (h === void 0) {
    settleDerived(reaction, reason, false);
    return;
  }
  var x;
  try {
    x = h(reason);
  } catch (err) {
    settleDerived(reaction, err, false);
    return;
  }
  settleDerived(reaction, x, true);
}

function settleDerived(reaction, value, ok) {
  var d = reaction.d;
  if (d !== void 0) {
    if (ok) resolvePromise(d, value);
    else rejectPromise(d, value);
  } else if (reaction.c !== void 0) {
    if (ok) reaction.c.resolve(value);
    else reaction.c.reject(value);
  }
}

// @anchor perform-then
// PerformPromiseThen: `target` is a native promise to resolve with the
// handler's result, a capability record, or undefined (result unused).
function performThen(p, onFulfilled, onRejected, target) {
  var native = target !== void 0 && target[STATE] !== void 0;
  var reaction = {
    d: native ? target : void 0,
    c: native || target === void 0 ? void 0 : target,
    f: typeof onFulfilled === 'function' ? onFulfilled : void 0,
    r: typeof onRejected === 'function' ? onRejected : void 0
  };
  var state = p[STATE];
  if (state === PENDING) {
    if (p[FIRST] === void 0) p[FIRST] = reaction;
    else if (p[MORE] === void 0) p[MORE] = [reaction];
    else p[MORE].push(reaction);
  } else if (state === FULFILLED) {
    enqueueJob(fulfillJob, reaction, p[RESULT]);
  } else {
    if (p[HANDLED] === false) {
      p[HANDLED] = true;
      rejections.handledRejection(p);
    }
    enqueueJob(rejectJob, reaction, p[RESULT]);
  }
}

function speciesConstructor(p) {
  var C = p.constructor;
  if (C === Promise || C === void 0) return Promise;
  if (!common.isObject(C)) throw new TypeError('The .constructor property is not an object');
  var S = C[Symbol.species];
  if (S === void 0 || S === null) return Promise;
  if (typeof S !== 'function') throw new TypeError('object.constructor[Symbol.species] is not a constructor');
  return S;
}

// @anchor new-promise-capability
function newPromiseCapability(C) {
  if (typeof C !== 'function') throw new TypeError(common.describe(C) + ' is not a constructor');
  var cap = { promise: void 0, resolve: void 0, reject: void 0 };
  if (C === Promise) {
    var p = new InternalPromise();
    cap.promise = p;
    cap.resolve = function (v) { if (p[STATE] === PENDING && !cap.done) { cap.done = true; resolvePromise(p, v); } };
    cap.reject = function (r) { if (p[STATE] === PENDING && !cap.done) { cap.done = true; rejectPromise(p, r); } };
    return cap;
  }
  cap.promise = new C(function (resolve, reject) {
    if (cap.resolve !== void 0 || cap.reject !== void 0) {
      throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    }
    cap.resolve = resolve;
    cap.reject = reject;
  });
  if (typeof cap.resolve !== 'function' || typeof cap.reject !== 'function') {
    throw new TypeError('Promise resolve or reject function is not callable');
  }
  return cap;
}

function promiseThen(onFulfilled, onRejected) {
  var p = this;
  if (!isPromise(p)) {
    throw new TypeError('Method Promise.prototype.then called on incompatible receiver ' +
                        common.describe(p));
  }
  // The common case inline: speciesConstructor() is a call (~550
  // instructions in Duktape) that would only return Promise.
  var C = p.constructor;
  if (C !== Promise && C !== void 0) C = speciesConstructor(p);
  if (C === Promise || C === void 0) {
    var d = new InternalPromise();
    performThen(p, onFulfilled, onRejected, d);
    return d;
  }
  var cap = newPromiseCapability(C);
  performThen(p, onFulfilled, onRejected, cap);
  return cap.promise;
}

function promiseCatch(onRejected) {
  return this.then(void 0, onRejected);
}

// @anchor promise-finally
// finally(f): f() runs with no argument; the outcome passes through unless
// f throws or returns a rejected promise (+2 jobs for the inner resolve).
function promiseFinally(onFinally) {
  var p = this;
  if (!common.isObject(p)) {
    throw new TypeError('Method Promise.prototype.finally called on incompatible receiver ' +
                        common.describe(p));
  }
  var C = speciesConstructor(p);
  if (typeof onFinally !== 'function') return p.then(onFinally, onFinally);
  return p.then(function (value) {
    return promiseResolve(C, onFinally()).then(function () { return value; });
  }, function (reason) {
    return promiseResolve(C, onFinally()).then(function () { throw reason; });
  });
}

// PromiseResolve(C, x): x itself if it is already a C promise.
function promiseResolve(C, x) {
  if (isPromise(x) && x.constructor === C) return x;
  if (C === Promise) {
    var p = new InternalPromise();
    resolvePromise(p, x);
    return p;
  }
  var cap = newPromiseCapability(C);
  cap.resolve(x);
  return cap.promise;
}

function staticResolve(x) {
  if (this === null || (typeof this !== 'object' && typeof this !== 'function')) {
    throw new TypeError('PromiseResolve called on non-object');  // common.isObject, inline
  }
  return promiseResolve(this, x);
}

function staticReject(r) {
  if (this === Promise) {
    var p = new InternalPromise();
    rejectPromise(p, r);
    return p;
  }
  var cap = newPromiseCapability(this);
  cap.reject(r);
  return cap.promise;
}

// Lets internal/process/promises and util.inspect read a promise's state.
function getState(p) {
  var s = p[STATE];
  return s === PENDING ? 'pending' : s === FULFILLED ? 'fulfilled' : 'rejected';
}
function getResult(p) {
  return p[RESULT];
}

function install(global) {
  if (typeof global.Promise === 'function') return;
  var proto = Promise.prototype;
  common.defineValue(proto, 'then', promiseThen);
  common.defineValue(proto, 'catch', promiseCatch);
  common.defineValue(proto, 'finally', promiseFinally);
  Object.defineProperty(proto, Symbol.toStringTag, { value: 'Promise', configurable: true });
  common.defineValue(Promise, 'resolve', staticResolve);
  common.defineValue(Promise, 'reject', staticReject);
  common.defineGetter(Promise, Symbol.species, function () { return this; });
  require('internal/builtins/promise_statics').install(global, exports);
  common.defineValue(global, 'Promise', Promise);
}

exports.install = install;
exports.Promise = Promise;
exports.isPromise = isPromise;
exports.newPromiseCapability = newPromiseCapability;
exports.promiseResolve = promiseResolve;
exports.performThen = performThen;
exports.getState = getState;
exports.getResult = getResult;
