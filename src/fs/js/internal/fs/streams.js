// internal/fs/streams: fs.ReadStream and fs.WriteStream.
//
// What: a Readable and a Writable over an fd, as in Node's
// lib/internal/fs/streams.js. _construct opens the file (emitting 'open'
// then 'ready'), _read reads the next chunk with fs.read through the thread
// pool, _write writes with fs.write, and _destroy closes the fd (autoClose).
// Interface: ReadStream(path, options) with start, end (inclusive),
//   highWaterMark (64 KiB), encoding, fd (a number or FileHandle), flags,
//   mode, autoClose, emitClose; bytesRead, path, pending, close(cb).
//   WriteStream(path, options) with flags ('w'), start, encoding, fd, mode,
//   autoClose, emitClose; bytesWritten, path, pending, close(cb), destroySoon.
// Invariants: at most one fs.read or fs.write is in flight per stream (the
//   stream machinery never calls _read/_write again before the callback);
//   the fd is closed exactly once, after any in-flight request finished.
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

var kReadHighWaterMark = 64 * 1024;

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
  Readable.call(this, o);
}
util.inherits(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get: function () { return this.fd === null; }, configurable: true
});

ReadStream.prototype._construct = function (cb) { openStream(this, cb); };

ReadStream.prototype._read = function (n) {
  var self = this;
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) return this.push(null);
  var buf = Buffer.allocUnsafe(n);
  fs.read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, function (err, bytesRead) {
    if (err) return self.destroy(err);
    if (bytesRead === 0) return self.push(null);
    if (self.pos !== undefined) self.pos += bytesRead;
    self.bytesRead += bytesRead;
    self.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
  });
};

ReadStream.prototype._destroy = function (err, cb) { closeStream(this, err, cb); };

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
  Writable.call(this, o);
  if (o.encoding) this.setDefaultEncoding(o.encoding);
}
util.inherits(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get: function () { return this.fd === null; }, configurable: true
});

WriteStream.prototype._construct = function (cb) { openStream(this, cb); };

WriteStream.prototype._write = function (chunk, encoding, cb) {
  var self = this;
  var off = 0;
  function next() {
    fs.write(self.fd, chunk, off, chunk.length - off, self.pos === undefined ? null : self.pos,
      function (err, n) {
        if (err) return cb(err);
        self.bytesWritten += n;
        if (self.pos !== undefined) self.pos += n;
        off += n;
        if (off < chunk.length) return next();  // a short write: finish the chunk
        cb();
      });
  }
  next();
};

WriteStream.prototype._destroy = function (err, cb) { closeStream(this, err, cb); };

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
