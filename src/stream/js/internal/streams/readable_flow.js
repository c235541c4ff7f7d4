// internal/streams/readable_flow: flowing mode, pause/resume, pipe and unpipe.
//
// What: the consumer-facing half of Readable. A 'data' listener, resume() or
//   pipe() (readable_pipe.js) switches the stream into flowing mode: flow()
//   calls read() in a loop and every chunk goes out as 'data'.
// Interface: install(Readable, core) adds on/addListener, removeListener/off,
//   removeAllListeners, resume, pause, wrap to Readable.prototype, then lets
//   readable_pipe.js add pipe and unpipe.
//   core = { flow, emitReadable, errorOrDestroy } from readable.js.
// Invariants:
//   * A 'readable' listener wins over 'data': flowing stays false while one
//     is attached (stream.md § "Event: 'readable'").
//   * Removing 'data' listeners does not pause the stream.
//   * pause() emits 'pause' synchronously; resume() emits 'resume' a tick later.
// Read first: readable.js. Node doc: api/stream.md § "Two reading modes".
'use strict';

var Stream = require('internal/streams/legacy').Stream;
var core = null;

function onListener(ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume(); // start flowing unless paused explicitly
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) core.emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
}

function nReadingNextTick(self) {
  self.read(0);
}

function removeListener(ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
}

function removeAllListeners(ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
}

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

// resume(), resume_() and pause() run once per 'drain' of a pipe: they test
// and set the flags as bits (readable_state.js, @anchor readable-bits), and
// flowing as its value (_flowing) plus its bit (state.js: valueAccessor).
function resume() {
  var state = this._readableState;
  var bits = state.bits;
  if ((bits & 0x200000 /* flowing */) === 0) {
    // flowing = !readableListening
    if ((bits & 0x100 /* readableListening */) === 0) {
      state._flowing = true;
      bits |= 0x200000;
    } else {
      state._flowing = false;
    }
    state.bits = bits | 0x200; // resumeScheduled
    if ((bits & 0x200) === 0) process.nextTick(resume_, this, state);
  }
  state.paused = false;
  return this;
}

function resume_(stream, state) {
  if ((state.bits & 0x8 /* reading */) === 0) stream.read(0);
  state.bits &= ~0x200; // resumeScheduled = false
  stream.emit('resume');
  core.flow(stream);
  if ((state.bits & 0x200008 /* flowing | reading */) === 0x200000) stream.read(0);
}

function pause() {
  var state = this._readableState;
  if (state._flowing !== false) {
    state._flowing = false;
    state.bits &= ~0x200000; // flowing = false
    this.emit('pause');
  }
  state.paused = true;
  return this;
}

// Wrap an old-style stream (emits 'data'/'end', has pause/resume).
function wrap(stream) {
  var self = this;
  var paused = false;
  stream.on('data', function (chunk) {
    if (!self.push(chunk) && stream.pause) { paused = true; stream.pause(); }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { core.errorOrDestroy(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });
  this._read = function () {
    if (paused && stream.resume) { paused = false; stream.resume(); }
  };
  var keys = Object.keys(stream);
  for (var j = 1; j < keys.length; j++) {
    var k = keys[j];
    if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
}

function install(Readable, coreFns) {
  core = coreFns;
  var p = Readable.prototype;
  p.on = onListener;
  p.addListener = onListener;
  p.removeListener = removeListener;
  p.off = removeListener;
  p.removeAllListeners = removeAllListeners;
  p.resume = resume;
  p.pause = pause;
  p.wrap = wrap;
  require('internal/streams/readable_pipe').install(Readable, core);
}

module.exports = { install: install };
