// internal/streams/readable_pipe: readable.pipe(dest) and readable.unpipe([dest]).
//
// EXERCISE 06-pipe STARTER: a naive pipe(). It forwards every chunk and ends
// the destination, so simple scripts work, but:
//   * it ignores write()'s return value: no backpressure at all, a fast
//     source fills the destination's buffer without bound;
//   * it ignores { end: false } and process.stdout/stderr;
//   * unpipe() forgets the destination but leaves the listeners behind, so
//     data keeps flowing into it;
//   * 'close'/'finish'/'error' on the destination do not unpipe it.
// Your job: see exercises/06-pipe/README.md.
//
// Interface: install(Readable, core) adds pipe and unpipe to Readable.prototype.
//   core = { errorOrDestroy } from readable.js.
// Read first: readable_flow.js (pause/resume), writable.js (write's return value).
// Node doc: api/stream.md § "readable.pipe(destination[, options])", "readable.unpipe([destination])".
'use strict';

var rstate = require('internal/streams/readable_state');
var ownArray = rstate.ownArray;
var core = null;

function pipe(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;
  ownArray(state, 'pipes').push(dest); // state.pipes may be the shared empty array
  src.on('data', function (chunk) {
    dest.write(chunk); // TODO: backpressure
  });
  src.once('end', function () { dest.end(); });
  dest.emit('pipe', src);
  if (!state.flowing) src.resume();
  return dest;
}

function unpipe(dest) {
  var state = this._readableState;
  var dests = dest ? [dest] : state.pipes.slice();
  for (var i = 0; i < dests.length; i++) {
    var index = state.pipes.indexOf(dests[i]);
    if (index === -1) continue;
    state.pipes.splice(index, 1);
    dests[i].emit('unpipe', this, { hasUnpiped: false });
  }
  return this;
}

function install(Readable, coreFns) {
  core = coreFns;
  Readable.prototype.pipe = pipe;
  Readable.prototype.unpipe = unpipe;
}

module.exports = { install: install };
