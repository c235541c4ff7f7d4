// internal/streams/operators: Readable.prototype.map, filter, flatMap, drop,
// take (returning streams) and forEach, toArray, some, every, find, reduce
// (returning promises).
//
// What: array-like helpers over a stream's async iterator. Node writes them
//   as async generators; here each is a step function run by one of two
//   drivers: derive() (yields a new objectMode Readable, via Readable.from)
//   and consume() (walks the stream to a Promise).
// Interface: install(Readable). Every method takes ({ signal, concurrency }).
// Invariants:
//   * minode runs fn one value at a time: `concurrency` is accepted and
//     validated, and "at most N in flight" holds with N = 1. Results and their
//     order are the same as Node's.
//   * Stopping early (take, some, find...) returns the source iterator, which
//     destroys the source stream, as in Node.
// Read first: readable_iter.js. Node doc: api/stream.md § "readable.map(fn[, options])".
'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var codes = errors.codes;

var STOP = {};
var Readable = null;

function checkFn(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
}

function checkOptions(options) {
  if (options == null) return {};
  validators.validateObject(options, 'options');
  if (options.signal != null) validators.validateAbortSignal(options.signal, 'options.signal');
  if (options.concurrency != null) validators.validateInteger(options.concurrency, 'options.concurrency', 1);
  return options;
}

function aborted(options) {
  if (options.signal && options.signal.aborted) {
    return Promise.reject(new errors.AbortError(undefined, { cause: options.signal.reason }));
  }
  return Promise.resolve();
}

// The shared loop: pull a value, hand it to onValue(value), stop on STOP or at the end.
function driver(stream, options, onValue) {
  var src = stream[Symbol.asyncIterator]();
  var done = false;
  function stop() {
    done = true;
    return Promise.resolve(src['return']()).then(function () { return STOP; });
  }
  function pull() {
    if (done) return Promise.resolve(STOP);
    return aborted(options).then(function () { return src.next(); }).then(function (r) {
      if (r.done) { done = true; return STOP; }
      return Promise.resolve(onValue(r.value)).then(function (res) {
        return res === STOP ? stop() : res;
      });
    }).then(null, function (err) {
      if (done) throw err;
      done = true;
      var rethrow = function () { throw err; };
      return Promise.resolve(src['return']()).then(rethrow, rethrow);
    });
  }
  return { pull: pull, stop: stop };
}

// @anchor derive
// onValue returns an array of values to emit (possibly empty) or STOP.
function derive(stream, options, onValue) {
  var queue = [];
  var d = driver(stream, options, onValue);
  function next() {
    if (queue.length) {
      var v = queue.shift();
      if (v === STOP) return d.stop().then(function () { return { value: undefined, done: true }; });
      return Promise.resolve({ value: v, done: false });
    }
    return d.pull().then(function (out) {
      if (out === STOP) return { value: undefined, done: true };
      queue = queue.concat(out);
      return next();
    });
  }
  var it = {
    next: next,
    'return': function () { return d.stop().then(function () { return { done: true }; }); }
  };
  it[Symbol.asyncIterator] = function () { return it; };
  return Readable.from(it);
}

function consume(stream, options, onValue) {
  var d = driver(stream, options, onValue);
  function loop() {
    return d.pull().then(function (out) { return out === STOP ? undefined : loop(); });
  }
  return loop();
}

function collectIterable(value) {
  if (value != null && typeof value[Symbol.asyncIterator] === 'function') {
    var out = [];
    var it = value[Symbol.asyncIterator]();
    var step = function () {
      return Promise.resolve(it.next()).then(function (r) {
        if (r.done) return out;
        out.push(r.value);
        return step();
      });
    };
    return step();
  }
  if (value != null && typeof value[Symbol.iterator] === 'function' && typeof value !== 'string') {
    return Array.from(value);
  }
  return [value];
}

var methods = {
  map: function (fn, options) {
    checkFn(fn); options = checkOptions(options);
    return derive(this, options, function (v) {
      return Promise.resolve(fn(v, { signal: options.signal })).then(function (r) { return [r]; });
    });
  },
  filter: function (fn, options) {
    checkFn(fn); options = checkOptions(options);
    return derive(this, options, function (v) {
      return Promise.resolve(fn(v, { signal: options.signal })).then(function (keep) { return keep ? [v] : []; });
    });
  },
  flatMap: function (fn, options) {
    checkFn(fn); options = checkOptions(options);
    return derive(this, options, function (v) {
      return Promise.resolve(fn(v, { signal: options.signal })).then(collectIterable);
    });
  },
  drop: function (limit, options) {
    options = checkOptions(options);
    limit = toIntegerOrInfinity(limit);
    return derive(this, options, function (v) { return limit-- > 0 ? [] : [v]; });
  },
  take: function (limit, options) {
    options = checkOptions(options);
    limit = toIntegerOrInfinity(limit);
    if (limit <= 0) return derive(this, options, function () { return STOP; });
    return derive(this, options, function (v) { return --limit > 0 ? [v] : emitThenStop(v); });
  }
};

// take(): emit the last value, then stop at the next pull.
function emitThenStop(v) {
  return [v, STOP];
}

function toIntegerOrInfinity(n) {
  n = Number(n);
  if (n !== n) return 0;
  if (n < 0) throw new codes.ERR_OUT_OF_RANGE('number', '>= 0', n);
  return n === Infinity ? n : Math.floor(n);
}

var consumers = {
  forEach: function (fn, options) {
    checkFn(fn); options = checkOptions(options);
    return consume(this, options, function (v) {
      return Promise.resolve(fn(v, { signal: options.signal })).then(function () { return null; });
    });
  },
  toArray: function (options) {
    options = checkOptions(options);
    var out = [];
    return consume(this, options, function (v) { out.push(v); return null; })
      .then(function () { return out; });
  },
  some: function (fn, options) {
    checkFn(fn); options = checkOptions(options);
    var found = false;
    return consume(this, options, function (v) {
      return Promise.resolve(fn(v, { signal: options.signal })).then(function (r) {
        if (r) { found = true; return STOP; }
        return null;
      });
    }).then(function () { return found; });
  },
  every: function (fn, options) {
    checkFn(fn);
    return consumers.some.call(this, function (v, o) {
      return Promise.resolve(fn(v, o)).then(function (r) { return !r; });
    }, options).then(function (someFailed) { return !someFailed; });
  },
  find: function (fn, options) {
    checkFn(fn); options = checkOptions(options);
    var result;
    return consume(this, options, function (v) {
      return Promise.resolve(fn(v, { signal: options.signal })).then(function (r) {
        if (r) { result = v; return STOP; }
        return null;
      });
    }).then(function () { return result; });
  },
  reduce: function (reducer, initialValue, options) {
    checkFn(reducer); options = checkOptions(options);
    var hasInitial = arguments.length > 1;
    var acc = initialValue;
    return consume(this, options, function (v) {
      if (!hasInitial) { hasInitial = true; acc = v; return null; }
      return Promise.resolve(reducer(acc, v, { signal: options.signal })).then(function (r) { acc = r; return null; });
    }).then(function () {
      if (!hasInitial) {
        var err = new codes.ERR_MISSING_ARGS('reduce');
        err.message = 'Reduce of an empty stream requires an initial value';
        throw err;
      }
      return acc;
    });
  }
};

function install(R) {
  Readable = R;
  var names = Object.keys(methods);
  for (var i = 0; i < names.length; i++) R.prototype[names[i]] = methods[names[i]];
  names = Object.keys(consumers);
  for (var j = 0; j < names.length; j++) R.prototype[names[j]] = consumers[names[j]];
  R.prototype.asIndexedPairs = function () {
    throw errors.notImplemented('readable.asIndexedPairs');
  };
}

module.exports = { install: install };
