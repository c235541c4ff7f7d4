// The helpers lowered code calls, reachable as the global `__minode`.
//
// What: the run-time half of the syntax lowering (prepass*.js is the
// compile-time half). Generators and async functions run their body in a
// Duktape.Thread (a coroutine): `yield x` and `await x` were lowered to calls
// of yield()/await() here, which suspend the coroutine; generator() and
// async() resume it, from next() or from a promise reaction.
// Interface (all called only by lowered code):
//   iterator(x), asyncIterator(x), iterableToArray(x)        for-of, spread, [a, b] = x
//   generator(body), yield(v), yieldStar(iterable)           function*
//   async(body), await(v)                                     async functions
//   templateObject(cooked, raw), classStatics(C, fn), classBase(X)
// Invariants: a coroutine cannot yield across a native call, so a yield or
//   await must run in the generator's/async function's own body (the language
//   guarantees that: a callback is another function). Needs Promise (global).
// Read first: prepass_functions.js; Duktape's guide § "Coroutines".
'use strict';

// Symbol.asyncIterator belongs to src/builtins; until it is there, define it
// here (for await...of and [Symbol.asyncIterator]() methods need one).
if (typeof Symbol === 'function' && !Symbol.asyncIterator) {
  Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol('Symbol.asyncIterator') });
}
var ITER = typeof Symbol === 'function' ? Symbol.iterator : '@@iterator';
var ASYNC_ITER = typeof Symbol === 'function' && Symbol.asyncIterator;
var toString = Object.prototype.toString;
var Thread = Duktape.Thread;
var helpers = require('internal/lowering/runtime_classes');

// --- iteration --------------------------------------------------------------

function ArrayLikeIterator(list) { this.list = list; this.i = 0; }
ArrayLikeIterator.prototype.next = function () {
  if (this.list === null || this.i >= this.list.length) {
    this.list = null;
    return { value: undefined, done: true };
  }
  return { value: this.list[this.i++], done: false };
};
ArrayLikeIterator.prototype[ITER] = function () { return this; };

// Splits a string into code points (a surrogate pair is one element).
function codePoints(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { out.push(s.charAt(i) + s.charAt(i + 1)); i++; continue; }
    }
    out.push(s.charAt(i));
  }
  return out;
}

function iterator(x) {
  if (Array.isArray(x) && !Object.prototype.hasOwnProperty.call(x, ITER)) return new ArrayLikeIterator(x);
  if (typeof x === 'string') return new ArrayLikeIterator(codePoints(x));
  if (x !== null && x !== undefined) {
    var make = x[ITER];
    if (typeof make === 'function') {
      var it = make.call(x);
      if (it === null || typeof it !== 'object') throw new TypeError('Result of the Symbol.iterator method is not an object');
      return it;
    }
    if (toString.call(x) === '[object Arguments]') return new ArrayLikeIterator(x);
  }
  throw new TypeError(describe(x) + ' is not iterable');
}

function describe(x) {
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'function') return 'function ' + (x.name || '');
  if (x !== null && typeof x === 'object') return 'object';
  return String(x);
}

function iterableToArray(x) {
  if (Array.isArray(x) && !Object.prototype.hasOwnProperty.call(x, ITER)) return x;
  var out = [], it = iterator(x), step;
  while (!(step = it.next()).done) out.push(step.value);
  return out;
}

// for await (x of it): an async iterator, or a sync one whose values are awaited.
function asyncIterator(x) {
  if (x !== null && x !== undefined && ASYNC_ITER && typeof x[ASYNC_ITER] === 'function') {
    return x[ASYNC_ITER]();
  }
  var sync = iterator(x);
  return {
    next: function () {
      var step = sync.next();
      return Promise.resolve(step.value).then(function (v) { return { value: v, done: step.done }; });
    }
  };
}

// --- generators -------------------------------------------------------------

// Thrown into a suspended generator by return(): unwinds its finally blocks.
function ReturnSignal(value) { this.value = value; }

function Generator(body) {
  this._body = body;
  this._thread = null;
  this._state = 'suspendedStart';  // 'suspendedYield' | 'executing' | 'completed'
  this._returned = false;
}

Generator.prototype._start = function () {
  var self = this;
  this._thread = new Thread(function () {
    var result = self._body();
    self._returned = true;
    return result;
  });
};

// Resumes the coroutine with a value (or an exception to throw at the yield).
Generator.prototype._resume = function (value, isError) {
  if (this._state === 'executing') throw new TypeError('Generator is already running');
  if (this._state === 'completed') {
    if (isError) throw value;
    return { value: undefined, done: true };
  }
  if (this._state === 'suspendedStart') {
    if (isError) { this._state = 'completed'; throw value; }
    this._start();
  }
  this._state = 'executing';
  var result;
  try {
    result = Thread.resume(this._thread, value, !!isError);
  } catch (e) {
    this._state = 'completed';
    this._thread = null;
    if (e instanceof ReturnSignal) return { value: e.value, done: true };
    throw e;
  }
  if (this._returned) {
    this._state = 'completed';
    this._thread = null;
    return { value: result, done: true };
  }
  this._state = 'suspendedYield';
  return { value: result, done: false };
};

Generator.prototype.next = function (value) { return this._resume(value, false); };
Generator.prototype['throw'] = function (err) { return this._resume(err, true); };
Generator.prototype['return'] = function (value) {
  if (this._state === 'suspendedYield') return this._resume(new ReturnSignal(value), true);
  if (this._state === 'executing') throw new TypeError('Generator is already running');
  this._state = 'completed';
  return { value: value, done: true };
};
Generator.prototype[ITER] = function () { return this; };
if (typeof Symbol === 'function' && Symbol.toStringTag) Generator.prototype[Symbol.toStringTag] = 'Generator';

function generator(body) { return new Generator(body); }

function yieldValue(value) { return Thread.yield(value); }

// yield* it: forwards next/throw to the inner iterator; its return value is
// the value of the yield* expression.
function yieldStar(iterable) {
  var it = iterator(iterable), step = it.next(), received;
  while (!step.done) {
    try {
      received = Thread.yield(step.value);
    } catch (e) {
      if (e instanceof ReturnSignal && typeof it['return'] === 'function') it['return'](e.value);
      if (e instanceof ReturnSignal || typeof it['throw'] !== 'function') throw e;
      step = it['throw'](e);
      continue;
    }
    step = it.next(received);
  }
  return step.value;
}

// --- async functions --------------------------------------------------------

// Runs body in a coroutine; each await(v) suspends it until v settles. The
// first part runs synchronously, as in Node; the result is a Promise.
function asyncFunction(body) {
  return new Promise(function (resolve, reject) {
    var finished = false;
    var thread = new Thread(function () {
      var result = body();
      finished = true;
      return result;
    });
    function step(value, isError) {
      var out;
      try {
        out = Thread.resume(thread, value, isError);
      } catch (e) {
        reject(e);
        return;
      }
      if (finished) resolve(out);
      else Promise.resolve(out).then(onValue, onError);
    }
    function onValue(v) { step(v, false); }
    function onError(e) { step(e, true); }
    step(undefined, false);
  });
}

function awaitValue(value) { return Thread.yield(value); }

module.exports = {
  iterator: iterator,
  asyncIterator: asyncIterator,
  iterableToArray: iterableToArray,
  generator: generator,
  'yield': yieldValue,
  yieldStar: yieldStar,
  async: asyncFunction,
  'await': awaitValue,
  templateObject: helpers.templateObject,
  classStatics: helpers.classStatics,
  classBase: helpers.classBase
};
