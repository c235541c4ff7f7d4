// internal/fs/streams: fs.ReadStream and fs.WriteStream.
//
// What: a Readable and a Writable over an fd, as in Node's
// lib/internal/fs/streams.js. _construct opens the file (emitting 'open'
// then 'ready'), _read reads the next chunk through the thread pool, _write
// writes one, and _destroy closes the fd (autoClose).
// Interface: ReadStream(path, options) with start, end (inclusive),
//   highWaterMark (64 KiB), encoding, fd (a number or FileHandle), flags,
//   mode, autoClose, emitClose; bytesRead, path, pending, close(cb).
//   WriteStream(path, options) with flags ('w'), start, encoding, fd, mode,
//   autoClose, emitClose; bytesWritten, path, pending, close(cb), destroySoon.
// Invariants: at most one read or write is in flight per stream (the
//   stream machinery never calls _read/_write again before the callback);
//   the fd is closed exactly once, after any in-flight request finished.
// Per chunk (the hot path): _read and _write call internalBinding('fs')
//   directly, not fs.read/fs.write. The public functions re-validate what
//   the stream has already checked (fd, offset, length, position: ~20 JS
//   calls and an `arguments` object per chunk) and make two closures per
//   call. Each stream instead makes its completion callback once, in its
//   constructor, and keeps the request's state (the buffer being filled, the
//   chunk being written) in symbol-keyed slots. (Node's streams call the
//   public fs.read/fs.write, cheap under V8; so replacing fs.read at run time
//   changes a Node ReadStream, not this one: a deliberate difference.)
//   _destroy waits for a request still on a worker before closing the fd.
// Read first: src/stream/js/internal/streams/readable.js (_construct, _read).
// Node doc: api/fs.md § "fs.createReadStream(path[, options])",
//   "fs.createWriteStream(path[, options])", "Class: fs.ReadStream", "Class: fs.WriteStream".
'use strict';

var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var util = require('util');
var fs = require('fs');
var utils = require('internal/fs/utils');
var validators = require('internal/validators');
var codes = require('internal/errors').codes;
var binding = internalBinding('fs');
var Buffer = require('buffer').Buffer;

var kReadHighWaterMark = 64 * 1024;
// Per-stream state of the request in flight (see "Per chunk" above).
var kOnRead = Symbol('kOnRead');      // ReadStream: its binding.read callback
var kReadBuf = Symbol('kReadBuf');    // ReadStream: the Buffer being filled
var kOnWrite = Symbol('kOnWrite');    // WriteStream: its binding.write callback
var kChunk = Symbol('kChunk');        // WriteStream: the chunk being written
var kWritten = Symbol('kWritten');    // WriteStream: bytes of kChunk written so far
var kWriteCb = Symbol('kWriteCb');    // WriteStream: _write's callback
var kIoDone = Symbol('kIoDone');      // set by _destroy while a request is in flight: closes the fd

function copyOptions(options) {
  if (typeof options === 'string') return { encoding: options };
  var o = {};
  for (var k in options || {}) o[k] = options[k];
  return o;
}

// fd may be a number or a FileHandle (filehandle.createReadStream()).
function setupFd(stream, path, o) {
  stream.fd = null;
  stream.handle = null;
  if (o.fd !== undefined && o.fd !== null) {
    if (typeof o.fd === 'object' && typeof o.fd.fd === 'number') {
      stream.handle = o.fd;
      stream.fd = o.fd.fd;
    } else {
      stream.fd = utils.validateFd(o.fd);
    }
    stream.path = undefined;
  } else {
    stream.path = utils.getValidatedPath(path);
  }
  stream.flags = o.flags;
  stream.mode = o.mode === undefined ? 438 : o.mode;
  stream.autoClose = o.autoClose === undefined ? true : o.autoClose;
  if (o.emitClose === undefined) o.emitClose = true;
}

function openStream(stream, cb) {
  if (stream.fd !== null) return cb();  // given an fd: nothing to open
  fs.open(stream.path, stream.flags, stream.mode, function (err, fd) {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// _destroy with a read or write still on a worker (busy): close only when it
// has finished, as Node does (kIsPerformingIO): closing now would let the
// worker use a closed fd, or one already reused by another open(). As in
// Node, that request's error, if any, becomes the destroy error.
function closeAfterIo(stream, busy, err, cb) {
  if (!busy) return closeStream(stream, err, cb);
  stream[kIoDone] = function (ioErr) {
    stream[kIoDone] = null;
    closeStream(stream, err || ioErr, cb);
  };
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || !stream.autoClose) return cb(err);
  var fd = stream.fd;
  stream.fd = null;
  if (stream.handle) return stream.handle.close().then(function () { cb(err); }, cb);
  fs.close(fd, function (er) { cb(er || err); });
}

// @anchor fs-read-stream
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  var o = copyOptions(options);
  if (o.highWaterMark === undefined) o.highWaterMark = kReadHighWaterMark;
  if (o.flags === undefined) o.flags = 'r';
  setupFd(this, path, o);
  this.start = o.start;
  this.end = o.end === undefined ? Infinity : o.end;
  if (this.start !== undefined) validators.validateInteger(this.start, 'start', 0);
  if (o.end !== undefined) validators.validateInteger(this.end, 'end', 0);
  if (this.start !== undefined && this.start > this.end) {
    throw new codes.ERR_OUT_OF_RANGE('start', '<= "end" (here: ' + this.end + ')', this.start);
  }
  this.pos = this.start;
  this.bytesRead = 0;
  this[kReadBuf] = null;
  this[kIoDone] = null;
  this[kOnRead] = readCallback(this);
  Readable.call(this, o);
}
util.inherits(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get: function () { return this.fd === null; }, configurable: true
});

ReadStream.prototype._construct = function (cb) { openStream(this, cb); };

// @anchor fs-read-stream-read
ReadStream.prototype._read = function (n) {
  var pos = this.pos;
  var left = (pos !== void 0 ? this.end - pos : this.end - this.bytesRead) + 1;
  if (left < n) n = left;
  if (n <= 0) return this.push(null);
  var buf = Buffer.allocUnsafe(n);  // not zero-filled: the read overwrites it
  this[kReadBuf] = buf;
  // The worker reads straight into buf's memory (the binding pins buf meanwhile).
  binding.read(this.fd, buf, 0, n, pos !== void 0 ? pos : -1, this[kOnRead]);
};

// The one callback a ReadStream gives every binding.read (made once per stream).
function readCallback(stream) {
  return function (err, bytesRead) {
    var self = stream;
    var buf = self[kReadBuf];
    self[kReadBuf] = null;
    if (self[kIoDone] !== null) return self[kIoDone](err);  // destroyed meanwhile
    if (err) return self.destroy(err);
    if (bytesRead === 0) return self.push(null);
    if (self.pos !== void 0) self.pos += bytesRead;
    self.bytesRead += bytesRead;
    self.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
  };
}

ReadStream.prototype._destroy = function (err, cb) {
  closeAfterIo(this, this[kReadBuf] !== null, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') require('stream').finished(this, cb);
  this.destroy();
};

// @anchor fs-write-stream
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  var o = copyOptions(options);
  if (o.flags === undefined) o.flags = 'w';
  o.decodeStrings = true;
  setupFd(this, path, o);
  this.start = o.start;
  if (this.start !== undefined) validators.validateInteger(this.start, 'start', 0);
  this.pos = this.start;
  this.bytesWritten = 0;
  this[kChunk] = null;
  this[kWritten] = 0;
  this[kWriteCb] = null;
  this[kIoDone] = null;
  this[kOnWrite] = writeCallback(this);
  Writable.call(this, o);
  if (o.encoding) this.setDefaultEncoding(o.encoding);
}
util.inherits(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get: function () { return this.fd === null; }, configurable: true
});

WriteStream.prototype._construct = function (cb) { openStream(this, cb); };

// @anchor fs-write-stream-write
WriteStream.prototype._write = function (chunk, encoding, cb) {
  this[kChunk] = chunk;
  this[kWritten] = 0;
  this[kWriteCb] = cb;
  writeRest(this);
};

// Writes what is left of the current chunk (all of it, but for a short write).
function writeRest(self) {
  var chunk = self[kChunk];
  var off = self[kWritten];
  var pos = self.pos;
  binding.write(self.fd, chunk, off, chunk.length - off, pos !== void 0 ? pos : -1, self[kOnWrite]);
}

// The one callback a WriteStream gives every binding.write (made once per stream).
function writeCallback(stream) {
  return function (err, n) {
    var self = stream;
    var cb = self[kWriteCb];
    if (!err && self[kIoDone] === null) {
      self.bytesWritten += n;
      if (self.pos !== void 0) self.pos += n;
      var written = self[kWritten] + n;
      self[kWritten] = written;
      if (written < self[kChunk].length) return writeRest(self);  // a short write: finish the chunk
    }
    var ioDone = self[kIoDone];  // read before cb(), which may start the next _write
    self[kChunk] = null;
    self[kWriteCb] = null;
    cb(err);
    if (ioDone !== null) ioDone(err);  // destroyed meanwhile: close now
  };
}

WriteStream.prototype._destroy = function (err, cb) {
  closeAfterIo(this, this[kChunk] !== null, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) { process.nextTick(cb); return; }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream: ReadStream, WriteStream: WriteStream };
