// internal/streams/readable_pipe: readable.pipe(dest) and readable.unpipe([dest]).
//
// What: pipe() is a 'data' listener that writes each chunk to the destination
//   and, when write() returns false, pauses the source until the destination
//   emits 'drain'. That is backpressure: a fast source cannot fill memory
//   faster than a slow destination drains it (chapter 06; exercise 06-pipe).
// Interface: install(Readable, core) adds pipe and unpipe to Readable.prototype.
//   core = { errorOrDestroy } from readable.js.
// Invariants:
//   * While piping, state.awaitDrainWriters holds the destination whose
//     'drain' we wait for (a Set of them when piping to several): the source
//     resumes only when none is left, so the slowest destination sets the pace.
//   * The destination is ended when the source ends, unless { end: false } or
//     it is process.stdout/stderr.
//   * 'close', 'finish' or 'error' on the destination unpipes it; an error on
//     the source does not end or destroy the destination.
//   * Every listener pipe() adds is removed by cleanup() when unpiped.
// Read first: readable_flow.js (pause/resume), writable.js (write's return value).
// Node doc: api/stream.md § "readable.pipe(destination[, options])", "readable.unpipe([destination])".
'use strict';

var legacy = require('internal/streams/legacy');
var rstate = require('internal/streams/readable_state');
var ownArray = rstate.ownArray;
var core = null;

// @anchor pipe
function pipe(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;
  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  ownArray(state, 'pipes').push(dest);
  var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);
  var ondrain = null;
  var cleanedUp = false;

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }
  function onend() { dest.end(); }
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    if (state.pipeData === ondata) {
      state.pipeData = state.pipeDest = state.pipePause = null;
      state.bits &= ~0x1000000; // pipeToPassThrough
    }
    cleanedUp = true;
    // If we were waiting for this dest's 'drain', stop waiting: it will never come.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }
  // @anchor pipe-backpressure
  function pausePipe() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.bits &= ~0x10000; // multiAwaitDrain = false (a bit: readable_state.js, readable-bits)
      } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }
  function ondata(chunk) {
    if (dest.write(chunk) === false) pausePipe();
  }
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      var s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) core.errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  function onclose() { dest.removeListener('finish', onfinish); unpipe(); }
  function onfinish() { dest.removeListener('close', onclose); unpipe(); }
  function unpipe() { src.unpipe(dest); }

  dest.on('unpipe', onunpipe);
  src.on('data', ondata);
  if (state.pipeData === null) { // readable.js calls the write itself while ondata is the only listener
    state.pipeData = ondata;
    state.pipeDest = dest;
    state.pipePause = pausePipe;
    // pipeToPassThrough: readable.js hands its chunks to transform.js's
    // passThroughWrite() straight (writable_state.js: bit 0x1000000).
    if (dest._writableState && (dest._writableState.bits & 0x1000000) !== 0) state.bits |= 0x1000000;
  }
  legacy.prependListener(dest, 'error', onerror);
  dest.once('close', onclose);
  dest.once('finish', onfinish);
  dest.emit('pipe', src);
  if (dest.writableNeedDrain === true) pausePipe();
  else if (!state.flowing) src.resume();
  return dest;
}

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    var state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters['delete'](dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
      src.listenerCount('data')) {
      src.resume();
    }
  };
}

function unpipe(dest) {
  var state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    var dests = state.pipes;
    state.pipes = rstate.EMPTY;
    this.pause();
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
}

function install(Readable, coreFns) {
  core = coreFns;
  Readable.prototype.pipe = pipe;
  Readable.prototype.unpipe = unpipe;
}

module.exports = { install: install };
