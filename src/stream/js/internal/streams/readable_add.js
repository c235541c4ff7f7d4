// internal/streams/readable_add: push()'s and unshift()'s general path.
//
// What: everything a chunk can be besides "a non-empty Buffer into a live
//   byte stream" (that case is written out in readable.js, @anchor push):
//   strings and their encodings, Uint8Arrays, object mode, push(null) and the
//   end of input, decoders, unshift(), the errors for a bad chunk or a push
//   after the end.
// Interface: readableAddChunk(stream, chunk, encoding, addToFront) -> the
//   value push()/unshift() return; install(Readable, core) adds unshift to
//   Readable.prototype and takes core = { addChunk, emitReadable,
//   emitReadable_, maybeReadMore } from readable.js (which requires this file first).
// Invariants:
//   * A chunk is buffered or handed to 'data' as a Buffer (or a string when
//     the stream decodes, any value in object mode); never an empty one.
//   * push(null) sets ended once; 'readable' or flow() then drains the rest.
// Read first: readable.js (push), readable_state.js (the bits).
// Node doc: api/stream.md § "readable.push(chunk[, encoding])".
'use strict';

var codes = require('internal/errors').codes;
var errorOrDestroy = require('internal/streams/destroy').errorOrDestroy;
var ownArray = require('internal/streams/readable_state').ownArray;
var FastBuffer = Buffer; // (a module variable: one scope sooner than the global)

// From readable.js, by install().
var emitReadable = null;
var emitReadable_ = null;
var maybeReadMore = null;
var addChunk = null;

// Strings become Buffers (unless the stream decodes to that same encoding);
// anything but string/Buffer/Uint8Array/null is an error outside objectMode.
function normalizeChunk(state, chunk, encoding, addToFront) {
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      if (addToFront && state.encoding) {
        return { chunk: Buffer.from(chunk, encoding).toString(state.encoding), encoding: state.encoding };
      }
      return { chunk: Buffer.from(chunk, encoding), encoding: '' };
    }
    return { chunk: chunk, encoding: encoding };
  }
  if (Buffer.isBuffer(chunk)) return { chunk: chunk, encoding: '' };
  if (chunk instanceof Uint8Array) {
    return { chunk: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), encoding: '' };
  }
  if (chunk == null) return { chunk: chunk, encoding: encoding };
  return { error: new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk) };
}

// @anchor readable-add-chunk
function readableAddChunk(stream, chunk, encoding, addToFront) {
  var state = stream._readableState;
  if (state.objectMode) {
    // any value goes
  } else if (chunk instanceof FastBuffer) {
    encoding = ''; // the common case, without normalizeChunk's result object
  } else {
    var n = normalizeChunk(state, chunk, encoding, addToFront);
    if (n.error) {
      errorOrDestroy(stream, n.error);
      return false;
    }
    chunk = n.chunk;
    encoding = n.encoding;
  }
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) errorOrDestroy(stream, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      else if (state.destroyed || state.errored) return false;
      else addChunk(stream, state, chunk, true);
    } else if (state.ended) {
      errorOrDestroy(stream, new codes.ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false; // push('') or push(undefined): "no data yet"
    maybeReadMore(stream, state);
  }
  // Room left below the mark, or nothing buffered at all (hwm 0).
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      ownArray(state, 'buffer').push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream); // pushed from inside _read(): tell them on the next tick
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function unshift(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
}

exports.readableAddChunk = readableAddChunk;
exports.install = function (Readable, core) {
  emitReadable = core.emitReadable;
  emitReadable_ = core.emitReadable_;
  maybeReadMore = core.maybeReadMore;
  addChunk = core.addChunk;
  Readable.prototype.unshift = unshift;
};
