// internal/fs/fd_ops: the fd-level calls, each in its callback and sync
// form: open, close, read, write, fstat, ftruncate, fsync, fdatasync,
// fchmod, fchown, futimes.
//
// What: argument juggling and validation (Node's optional-argument rules),
// then one binding call. The binding runs the call at once when given no
// callback (the *Sync form) or on the thread pool when given one.
// Interface: exports each function under its fs name.
// Invariants: validation throws synchronously in both forms; a callback is
//   never called synchronously (it runs from the poll phase, or a nextTick).
// Read first: internal/fs/utils.js. Node doc: api/fs.md § "fs.open(path[, flags[, mode]], callback)",
//   "fs.read(fd, buffer, offset, length, position, callback)", "fs.write(fd, buffer, offset[, length[, position]], callback)".
'use strict';

var binding = internalBinding('fs');
var utils = require('internal/fs/utils');
var validators = require('internal/validators');
var codes = require('internal/errors').codes;

var makeCallback = utils.makeCallback;
var validateFd = utils.validateFd;

function done(cb, transform) {
  return function (err, value) {
    if (err) return cb(err);
    cb(null, transform ? transform(value) : value);
  };
}

function open(path, flags, mode, callback) {
  path = utils.getValidatedPath(path);
  if (typeof flags === 'function') { callback = flags; flags = 'r'; mode = 438; }
  else if (typeof mode === 'function') { callback = mode; mode = 438; }
  callback = makeCallback(callback);
  var f = utils.stringToFlags(flags);
  binding.open(path, f, utils.parseFileMode(mode, 'mode', 438), done(callback));
}

function openSync(path, flags, mode) {
  path = utils.getValidatedPath(path);
  return binding.open(path, utils.stringToFlags(flags), utils.parseFileMode(mode, 'mode', 438));
}

function close(fd, callback) {
  validateFd(fd);
  if (callback === undefined) callback = function (err) { if (err) throw err; };
  binding.close(fd, done(makeCallback(callback)));
}

function closeSync(fd) { binding.close(validateFd(fd)); }

function validateView(buffer, name) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name || 'buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOffsetLength(offset, length, size) {
  validators.validateInteger(offset, 'offset', 0);
  validators.validateInteger(length, 'length', 0);
  if (offset > size) throw new codes.ERR_OUT_OF_RANGE('offset', '<= ' + size, offset);
  if (length > size - offset) {
    throw new codes.ERR_OUT_OF_RANGE('length', '<= ' + (size - offset), length);
  }
}

function normalizePosition(position) {
  if (position === null || position === undefined || position === -1) return -1;
  if (typeof position === 'bigint') return Number(position);  // eslint-disable-line valid-typeof
  validators.validateInteger(position, 'position', -1);
  return position;
}

// read(fd, buffer, offset, length, position) | read(fd, buffer, options)
// | read(fd, options) -> {buffer, offset, length, position}.
function readArgs(fd, buffer, offset, length, position) {
  validateFd(fd);
  var opts;
  if (!ArrayBuffer.isView(buffer)) {
    opts = buffer || {};
    buffer = opts.buffer !== undefined ? opts.buffer : Buffer.alloc(16384);
    offset = opts.offset; length = opts.length; position = opts.position;
  } else if (offset !== null && typeof offset === 'object') {
    opts = offset;
    offset = opts.offset; length = opts.length; position = opts.position;
  }
  validateView(buffer);
  if (offset === undefined || offset === null) offset = 0;
  if (length === undefined) length = buffer.byteLength - offset;
  validateOffsetLength(offset, length, buffer.byteLength);
  return { buffer: buffer, offset: offset, length: length, position: normalizePosition(position) };
}

function read(fd, buffer, offset, length, position, callback) {
  var args = Array.prototype.slice.call(arguments, 1);
  callback = makeCallback(args.pop());
  var a = readArgs(fd, args[0], args[1], args[2], args[3]);
  if (a.length === 0) {
    process.nextTick(function () { callback(null, 0, a.buffer); });
    return;
  }
  binding.read(fd, a.buffer, a.offset, a.length, a.position, function (err, n) {
    if (err) return callback(err);
    callback(null, n, a.buffer);
  });
}

function readSync(fd, buffer, offset, length, position) {
  var a = readArgs(fd, buffer, offset, length, position);
  if (a.length === 0) return 0;
  return binding.read(fd, a.buffer, a.offset, a.length, a.position);
}

// write(fd, buffer, offset[, length[, position]]) | write(fd, buffer, options)
// | write(fd, string[, position[, encoding]]).
function writeArgs(fd, buffer, offset, length, position) {
  validateFd(fd);
  if (typeof buffer === 'string') {
    var encoding = typeof length === 'string' ? length : 'utf8';
    var bytes = Buffer.from(buffer, encoding);
    return { data: bytes, offset: 0, length: bytes.length, position: normalizePosition(offset) };
  }
  validateView(buffer);
  if (offset !== null && typeof offset === 'object') {
    var opts = offset;
    offset = opts.offset; length = opts.length; position = opts.position;
  }
  if (offset === undefined || offset === null) offset = 0;
  if (typeof length !== 'number') length = buffer.byteLength - offset;
  validateOffsetLength(offset, length, buffer.byteLength);
  return { data: buffer, offset: offset, length: length, position: normalizePosition(position) };
}

function write(fd, buffer, offset, length, position, callback) {
  var args = Array.prototype.slice.call(arguments, 1);
  callback = makeCallback(args.pop());
  if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  var a = writeArgs(fd, args[0], args[1], args[2], args[3]);
  binding.write(fd, a.data, a.offset, a.length, a.position, function (err, n) {
    if (err) return callback(err);
    callback(null, n, buffer);
  });
}

function writeSync(fd, buffer, offset, length, position) {
  if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  var a = writeArgs(fd, buffer, offset, length, position);
  return binding.write(fd, a.data, a.offset, a.length, a.position);
}

function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFd(fd);
  binding.fstat(fd, done(makeCallback(callback), utils.makeStats));
}

function fstatSync(fd) { return utils.makeStats(binding.fstat(validateFd(fd))); }

function lenArg(len) {
  if (len === undefined || len === null) return 0;
  validators.validateInteger(len, 'len');
  return len < 0 ? 0 : len;
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  validateFd(fd);
  binding.ftruncate(fd, lenArg(len), done(makeCallback(callback)));
}
function ftruncateSync(fd, len) { binding.ftruncate(validateFd(fd), lenArg(len)); }

function fsync(fd, callback) { validateFd(fd); binding.fsync(fd, done(makeCallback(callback))); }
function fsyncSync(fd) { binding.fsync(validateFd(fd)); }
function fdatasync(fd, callback) { validateFd(fd); binding.fdatasync(fd, done(makeCallback(callback))); }
function fdatasyncSync(fd) { binding.fdatasync(validateFd(fd)); }

function fchmod(fd, mode, callback) {
  validateFd(fd);
  binding.fchmod(fd, utils.parseFileMode(mode, 'mode'), done(makeCallback(callback)));
}
function fchmodSync(fd, mode) { binding.fchmod(validateFd(fd), utils.parseFileMode(mode, 'mode')); }

function fchown(fd, uid, gid, callback) {
  validateFd(fd);
  validators.validateInteger(uid, 'uid', -1, 4294967295);
  validators.validateInteger(gid, 'gid', -1, 4294967295);
  binding.fchown(fd, uid, gid, done(makeCallback(callback)));
}
function fchownSync(fd, uid, gid) {
  validateFd(fd);
  validators.validateInteger(uid, 'uid', -1, 4294967295);
  validators.validateInteger(gid, 'gid', -1, 4294967295);
  binding.fchown(fd, uid, gid);
}

function futimes(fd, atime, mtime, callback) {
  validateFd(fd);
  binding.futimes(fd, utils.toSeconds(atime, 'atime'), utils.toSeconds(mtime, 'mtime'),
                  done(makeCallback(callback)));
}
function futimesSync(fd, atime, mtime) {
  binding.futimes(validateFd(fd), utils.toSeconds(atime, 'atime'), utils.toSeconds(mtime, 'mtime'));
}

module.exports = {
  open: open, openSync: openSync, close: close, closeSync: closeSync,
  read: read, readSync: readSync, write: write, writeSync: writeSync,
  fstat: fstat, fstatSync: fstatSync, ftruncate: ftruncate, ftruncateSync: ftruncateSync,
  fsync: fsync, fsyncSync: fsyncSync, fdatasync: fdatasync, fdatasyncSync: fdatasyncSync,
  fchmod: fchmod, fchmodSync: fchmodSync, fchown: fchown, fchownSync: fchownSync,
  futimes: futimes, futimesSync: futimesSync, done: done
};
