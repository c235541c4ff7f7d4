// stream: the public module, `require('stream')`.
//
// What: module.exports is the legacy Stream constructor (as in Node), with
//   every class and helper hung on it. The machinery lives in
//   internal/streams/*: read readable.js and writable.js first.
// Interface (api/stream.md): Stream, Readable, Writable, Duplex, Transform,
//   PassThrough, pipeline, finished, addAbortSignal, destroy, compose (not
//   implemented: throws ERR_NOT_IMPLEMENTED), duplexPair, isDisturbed,
//   isErrored, isReadable, isWritable, getDefaultHighWaterMark,
//   setDefaultHighWaterMark, promises (= require('stream/promises')),
//   Readable.prototype.map/filter/forEach/toArray/some/find/every/flatMap/
//   drop/take/reduce (internal/streams/operators.js).
// Invariants: require('stream') === require('stream').Stream; every export is
//   the same object Node exports under that name (no minode-only names).
// Read first: internal/streams/readable.js. Node doc: api/stream.md.
'use strict';

var errors = require('internal/errors');
var legacy = require('internal/streams/legacy');
var utils = require('internal/streams/utils');
var state = require('internal/streams/state');
var eos = require('internal/streams/end-of-stream');
var pipelineMod = require('internal/streams/pipeline');
var destroyImpl = require('internal/streams/destroy');

var Stream = legacy.Stream;
module.exports = Stream;

Stream.Stream = Stream;
Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplex_pair');
require('internal/streams/operators').install(Stream.Readable);

Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.pipeline = pipelineMod.pipeline;
Stream.compose = function compose() {
  throw errors.notImplemented('stream.compose');
};
Stream.Readable.prototype.compose = function compose() {
  throw errors.notImplemented('readable.compose');
};
Stream.getDefaultHighWaterMark = state.getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = state.setDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  configurable: true, enumerable: true,
  get: function () { return require('stream/promises'); }
});
// util.promisify(stream.pipeline) / (stream.finished) give the promise forms.
var customPromisify = require('util').promisify.custom;
Object.defineProperty(Stream.pipeline, customPromisify, {
  enumerable: true, get: function () { return require('stream/promises').pipeline; }
});
Object.defineProperty(eos, customPromisify, {
  enumerable: true, get: function () { return require('stream/promises').finished; }
});

Stream._isUint8Array = function (value) { return value instanceof Uint8Array; };
Stream._uint8ArrayToBuffer = function (chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
