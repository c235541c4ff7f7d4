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

function resume() {
  var state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state.paused = false;
  return this;
}

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  core.flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

function pause() {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
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
