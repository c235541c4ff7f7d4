// internal/streams/readable_iter: `for await (const chunk of readable)` and
// Readable.from(iterable).
//
// What: Node writes both as async generators; Duktape has none, so here they
//   are hand-written state machines over Promises.
//   * The async iterator reads with read(); when that returns null it waits for
//     'readable' (or the end, or an error, seen through finished()).
//   * Readable.from() pulls one value from the iterator per _read() and stops
//     pulling while push() says the buffer is full.
// Interface: install(Readable) adds Readable.prototype[Symbol.asyncIterator],
//   Readable.prototype.iterator({ destroyOnReturn }), Readable.from(iterable[, opts]).
// Invariants:
//   * next() calls are served in order, one at a time (a queue of promises),
//     as an async generator would.
//   * Leaving the loop early (break/return/throw) destroys the stream unless
//     destroyOnReturn is false; an error ends the iteration by rejecting.
// Read first: readable.js, end-of-stream.js. Node doc: api/stream.md §
//   "readable[Symbol.asyncIterator]()", "stream.Readable.from(iterable[, options])".
'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var utils = require('internal/streams/utils');
var codes = errors.codes;

// @anchor async-iterator
function createAsyncIterator(stream, options) {
  var callback = utils.nop;   // wakes a next() waiting for data
  var error;                  // undefined: running; null: ended cleanly; else the error
  var finished = false;
  var queue = Promise.resolve();
  function wake() { var cb = callback; callback = utils.nop; cb(); }
  stream.on('readable', wake);
  var eos = require('internal/streams/end-of-stream');
  var cleanup = eos(stream, { writable: false }, function (err) {
    error = err ? utils.aggregateTwoErrors(error, err) : null;
    wake();
  });
  function finish() {
    if (finished) return;
    finished = true;
    var destroyOnReturn = !options || options.destroyOnReturn !== false;
    if ((error || destroyOnReturn) && (error === undefined || stream._readableState.autoDestroy)) {
      require('internal/streams/destroy').destroyer(stream, null);
    } else {
      stream.off('readable', wake);
      cleanup();
    }
  }
  function step() {
    if (finished) return { value: undefined, done: true };
    var chunk = stream.destroyed ? null : stream.read();
    if (chunk !== null) return { value: chunk, done: false };
    if (error) { finish(); throw error; }
    if (error === null) { finish(); return { value: undefined, done: true }; }
    return new Promise(function (resolve) { callback = resolve; }).then(step);
  }
  function enqueue(fn) {
    var p = queue.then(fn);
    queue = p.then(utils.nop, utils.nop);
    return p;
  }
  var it = {
    next: function () { return enqueue(step); },
    'return': function (value) {
      return enqueue(function () { finish(); return { value: value, done: true }; });
    },
    'throw': function (err) {
      return enqueue(function () { error = utils.aggregateTwoErrors(error, err); finish(); throw err; });
    }
  };
  it[Symbol.asyncIterator] = function () { return this; };
  return it;
}

function nextFrom(iterator, isAsync) {
  var r = iterator.next();
  return isAsync ? Promise.resolve(r) : r;
}

// @anchor readable-from
function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || Buffer.isBuffer(iterable)) {
    return new Readable(Object.assign({ objectMode: true }, opts, {
      read: function () { this.push(iterable); this.push(null); }
    }));
  }
  var iterator, isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true; iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false; iterator = iterable[Symbol.iterator]();
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }
  var readable = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts));
  var reading = false;
  readable._read = function () {
    if (!reading) { reading = true; pull(); }
  };
  readable._destroy = function (error, cb) {
    closeIterator(iterator, error).then(function () { process.nextTick(cb, error); },
      function (e) { process.nextTick(cb, e || error); });
  };
  // Push values until push() says stop; a promise (async iterator, or a
  // promise yielded by a sync one) makes us continue when it settles.
  function pull() {
    for (;;) {
      var r;
      try { r = nextFrom(iterator, isAsync); } catch (err) { readable.destroy(err); return; }
      if (isAsync || (r && !r.done && r.value && typeof r.value.then === 'function')) {
        Promise.resolve(r).then(function (res) {
          if (res.done) return onValue(res);
          return Promise.resolve(res.value).then(function (v) { return onValue({ value: v }); });
        }).then(function (more) { if (more) pull(); }, function (err) { readable.destroy(err); });
        return;
      }
      var more;
      try { more = onValue(r); } catch (err) { readable.destroy(err); return; }
      if (!more) return;
    }
  }
  function onValue(res) {
    if (res.done) { readable.push(null); return false; }
    if (res.value === null) { reading = false; throw new codes.ERR_STREAM_NULL_VALUES(); }
    if (readable.push(res.value)) return true;
    reading = false;
    return false;
  }
  return readable;
}

function closeIterator(iterator, error) {
  var hadError = error !== undefined && error !== null;
  var p = Promise.resolve();
  if (hadError && typeof iterator['throw'] === 'function') {
    return p.then(function () { return iterator['throw'](error); }).then(function (r) {
      return Promise.resolve(r && r.value).then(function () {
        if (r && r.done) return undefined;
        return callReturn(iterator);
      });
    });
  }
  return p.then(function () { return callReturn(iterator); });
}

function callReturn(iterator) {
  if (typeof iterator['return'] !== 'function') return undefined;
  return Promise.resolve(iterator['return']()).then(function (r) { return r && r.value; });
}

function install(Readable) {
  Readable.prototype[Symbol.asyncIterator] = function () {
    return createAsyncIterator(this, { destroyOnReturn: true });
  };
  Readable.prototype.iterator = function (options) {
    if (options !== undefined) validators.validateObject(options, 'options');
    return createAsyncIterator(this, options);
  };
  Readable.from = function (iterable, opts) { return from(Readable, iterable, opts); };
  Readable.fromWeb = function () { throw errors.notImplemented('stream.Readable.fromWeb'); };
  Readable.toWeb = function () { throw errors.notImplemented('stream.Readable.toWeb'); };
  Readable.isDisturbed = utils.isDisturbed;
}

module.exports = { install: install, createAsyncIterator: createAsyncIterator };
