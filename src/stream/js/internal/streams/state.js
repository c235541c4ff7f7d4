// internal/streams/state: the default highWaterMark, and reading it from
// options; the shared empty queue both state objects start with.
//
// What: one place that decides how much a stream buffers before it pushes back.
// Interface:
//   getHighWaterMark(state, options, duplexKey, isDuplex) -> integer >= 0
//   getDefaultHighWaterMark(objectMode), setDefaultHighWaterMark(objectMode, value)
//   EMPTY, ownArray(state, name), makeBusy(state, hot), isBusy(state): see below.
//   flagAccessor(proto, name, bit), valueAccessor(proto, name, bit, initial):
//   a state field kept as a bit of state.bits (readable_state.js, @anchor
//   readable-bits) that still reads and writes under its own name.
// Invariants: a highWaterMark is a non-negative integer; anything else in the
//   options throws ERR_INVALID_ARG_VALUE naming the option. The defaults are
//   16384 bytes and 16 objects (Node v20.20 returns 16384, although
//   stream.md § "stream.getDefaultHighWaterMark" says 65536: we follow the
//   behaviour, not that sentence).
// Read first: nothing. Node doc: api/stream.md § "Buffering".
'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');

var defaultHighWaterMarkBytes = 16 * 1024;
var defaultHighWaterMarkObjectMode = 16;

function highWaterMarkFrom(options, isDuplex, duplexKey) {
  if (options.highWaterMark != null) return options.highWaterMark;
  return isDuplex ? options[duplexKey] : null;
}

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validators.validateInteger(value, 'value', 0);
  if (objectMode) defaultHighWaterMarkObjectMode = value;
  else defaultHighWaterMarkBytes = value;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  var hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm != null) {
    if (typeof hwm !== 'number' || hwm !== hwm || Math.floor(hwm) !== hwm || hwm < 0) {
      var name = isDuplex ? 'options.' + duplexKey : 'options.highWaterMark';
      throw new errors.codes.ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return hwm;
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// The one empty array behind every state's queues (a Readable's buffer and
// pipes, a Writable's buffered writes and end callbacks) until a stream needs
// its own: an idle stream then holds no arrays of its own. Frozen, so a
// missed ownArray() throws instead of leaking data into every stream.
var EMPTY = Object.freeze([]);

// state[name], made the state's own array first if it is still EMPTY: call
// it before modifying one of those queues.
function ownArray(state, name) {
  var a = state[name];
  return a === EMPTY ? (state[name] = []) : a;
}

// @anchor make-busy
// Give a state its hot fields (the `hot` list of its kind: the ones every
// chunk reads) as own properties, with their defaults. A state starts with
// only what differs from the defaults (an idle stream stays small: ~20 bytes
// a field); but in Duktape a field found on the prototype costs a failed
// search of the object first (~100 instructions), a dozen times per chunk.
// So a stream that moves chunks in bursts (readable.js: flow) pays the
// memory for the speed, and one that sits idle does not.
// Marks it busy: the bit kBusy (0x400000) of state.bits, in both kinds.
function makeBusy(state, hot) {
  for (var i = 0; i < hot.length; i++) {
    var k = hot[i];
    state[k] = state[k]; // an own field keeps its value, an inherited one becomes own
  }
  state.bits |= kBusy;
  Duktape.compact(state); // the table grew in steps: drop the spare slots
}
var kBusy = 0x400000;

// Whether makeBusy() was done on this state.
function isBusy(state) {
  return (state.bits & kBusy) !== 0;
}

// @anchor flag-accessor
// proto[name]: the bit `bit` of this.bits as a boolean property, read and
// written like the plain field it stands for (for code that does not test
// the bits itself: a getter call costs Duktape ~3x a plain read).
function flagAccessor(proto, name, bit) {
  Object.defineProperty(proto, name, {
    get: function () { return (this.bits & bit) !== 0; },
    set: function (v) { if (v) this.bits |= bit; else this.bits &= ~bit; },
    enumerable: true, configurable: true
  });
}

// proto[name]: a field kept in this['_' + name] (default `initial`) whose
// truthiness is also the bit `bit` of this.bits (flowing, errored, decoder,
// corked: hot paths test the bit along with the flags, in one read).
function valueAccessor(proto, name, bit, initial) {
  var store = '_' + name;
  proto[store] = initial;
  Object.defineProperty(proto, name, {
    get: function () { return this[store]; },
    set: function (v) {
      this[store] = v;
      if (v) this.bits |= bit; else this.bits &= ~bit;
    },
    enumerable: true, configurable: true
  });
}

module.exports = {
  flagAccessor: flagAccessor,
  valueAccessor: valueAccessor,
  makeBusy: makeBusy,
  isBusy: isBusy,
  EMPTY: EMPTY,
  ownArray: ownArray,
  getHighWaterMark: getHighWaterMark,
  getDefaultHighWaterMark: getDefaultHighWaterMark,
  setDefaultHighWaterMark: setDefaultHighWaterMark
};
