// internal/fs/promises: require('fs/promises') and fs.promises.
//
// What: each function runs the callback form and settles a Promise with
// its result; a validation error rejects (Node's functions are async, so
// they never throw synchronously). FileHandle wraps an fd with the basics:
// read, write, readFile, writeFile, stat, truncate, sync, close.
// Interface: the fsPromises API (see the exports); FileHandle.
// Invariants: a FileHandle's fd is -1 once closed; its methods then reject
//   with EBADF, as Node's do.
// Read first: internal/fs/path_ops.js. Node doc: api/fs.md § "Promises API",
//   "Class: FileHandle".
'use strict';

var EventEmitter = require('events');
var util = require('util');
var fdOps = require('internal/fs/fd_ops');
var pathOps = require('internal/fs/path_ops');
var whole = require('internal/fs/whole_file');
var constants = internalBinding('fs').constants;

// fn(args..., cb(err, value)) -> a function returning a Promise of value.
function promised(fn, nargs) {
  return function () {
    var args = Array.prototype.slice.call(arguments, 0, nargs);
    while (args.length < nargs) args.push(undefined);
    return new Promise(function (resolve, reject) {
      args.push(function (err, value) { if (err) reject(err); else resolve(value); });
      fn.apply(null, args);
    });
  };
}

function badf(syscall) {
  var err = new Error('EBADF: bad file descriptor, ' + syscall);
  err.errno = -9; err.code = 'EBADF'; err.syscall = syscall;
  return err;
}

function FileHandle(fd) {
  EventEmitter.call(this);
  this.fd = fd;
}
util.inherits(FileHandle, EventEmitter);

// Runs fn(fd, resolve, reject) unless the handle is closed.
function withFd(handle, syscall, fn) {
  if (handle.fd === -1) return Promise.reject(badf(syscall));
  return new Promise(function (resolve, reject) { fn(handle.fd, resolve, reject); });
}

FileHandle.prototype.read = function (buffer, offset, length, position) {
  var args = Array.prototype.slice.call(arguments);
  return withFd(this, 'read', function (fd, resolve, reject) {
    if (!ArrayBuffer.isView(buffer)) {
      var opts = buffer || {};
      buffer = opts.buffer || Buffer.alloc(16384);
      args = [buffer, opts.offset || 0, opts.length, opts.position];
    }
    if (args[2] === undefined) args[2] = buffer.byteLength - (args[1] || 0);
    fdOps.read.apply(null, [fd].concat(args.slice(0, 4)).concat(function (err, n) {
      if (err) reject(err); else resolve({ bytesRead: n, buffer: buffer });
    }));
  });
};

FileHandle.prototype.write = function (data) {
  var args = Array.prototype.slice.call(arguments);
  return withFd(this, 'write', function (fd, resolve, reject) {
    fdOps.write.apply(null, [fd].concat(args).concat(function (err, n) {
      if (err) reject(err); else resolve({ bytesWritten: n, buffer: data });
    }));
  });
};

FileHandle.prototype.readFile = function (options) {
  return withFd(this, 'read', function (fd, resolve, reject) {
    whole.readFile(fd, options, function (err, data) { if (err) reject(err); else resolve(data); });
  });
};

FileHandle.prototype.writeFile = function (data, options) {
  return withFd(this, 'write', function (fd, resolve, reject) {
    whole.writeFile(fd, data, options, function (err) { if (err) reject(err); else resolve(); });
  });
};
FileHandle.prototype.appendFile = FileHandle.prototype.writeFile;

function fdMethod(name, syscall) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    return withFd(this, syscall, function (fd, resolve, reject) {
      fdOps[name].apply(null, [fd].concat(args).concat(function (err, v) {
        if (err) reject(err); else resolve(v);
      }));
    });
  };
}
FileHandle.prototype.stat = fdMethod('fstat', 'fstat');
FileHandle.prototype.truncate = fdMethod('ftruncate', 'ftruncate');
FileHandle.prototype.sync = fdMethod('fsync', 'fsync');
FileHandle.prototype.datasync = fdMethod('fdatasync', 'fdatasync');
FileHandle.prototype.chmod = fdMethod('fchmod', 'fchmod');
FileHandle.prototype.chown = fdMethod('fchown', 'fchown');
FileHandle.prototype.utimes = fdMethod('futimes', 'futime');

FileHandle.prototype.close = function () {
  var self = this;
  if (this.fd === -1) return Promise.resolve();
  var fd = this.fd;
  this.fd = -1;
  return new Promise(function (resolve, reject) {
    fdOps.close(fd, function (err) {
      if (err) return reject(err);
      self.emit('close');
      resolve();
    });
  });
};

FileHandle.prototype.createReadStream = function (options) {
  var o = {};
  for (var k in options || {}) o[k] = options[k];
  o.fd = this;
  return require('fs').createReadStream(null, o);
};
FileHandle.prototype.createWriteStream = function (options) {
  var o = {};
  for (var k in options || {}) o[k] = options[k];
  o.fd = this;
  return require('fs').createWriteStream(null, o);
};

function open(path, flags, mode) {
  return promised(fdOps.open, 3)(path, flags === undefined ? 'r' : flags, mode === undefined ? 438 : mode)
    .then(function (fd) { return new FileHandle(fd); });
}

// readFile/writeFile/appendFile also take a FileHandle, but unlike the
// callback API never a numeric fd (fs.md § "fsPromises.readFile"): that is
// an ERR_INVALID_ARG_TYPE rejection.
function viaHandle(fn, method, nargs) {
  var p = promised(fn, nargs);
  return function (file) {
    if (file instanceof FileHandle) {
      return file[method].apply(file, Array.prototype.slice.call(arguments, 1));
    }
    if (typeof file === 'number') {
      var errors = require('internal/errors');
      return Promise.reject(new errors.codes.ERR_INVALID_ARG_TYPE('path',
        ['string', 'Buffer', 'URL', 'FileHandle'], file));
    }
    return p.apply(null, arguments);
  };
}

module.exports = {
  open: open,
  access: promised(pathOps.access, 2),
  appendFile: viaHandle(whole.appendFile, 'appendFile', 3),
  chmod: promised(pathOps.chmod, 2),
  chown: promised(pathOps.chown, 3),
  copyFile: promised(pathOps.copyFile, 3),
  lstat: promised(pathOps.lstat, 2),
  mkdir: promised(pathOps.mkdir, 2),
  mkdtemp: promised(pathOps.mkdtemp, 2),
  readdir: promised(pathOps.readdir, 2),
  readFile: viaHandle(whole.readFile, 'readFile', 2),
  readlink: promised(pathOps.readlink, 2),
  realpath: promised(pathOps.realpath, 2),
  rename: promised(pathOps.rename, 2),
  rm: promised(pathOps.rm, 2),
  rmdir: promised(pathOps.rmdir, 2),
  stat: promised(pathOps.stat, 2),
  symlink: promised(pathOps.symlink, 3),
  truncate: promised(pathOps.truncate, 2),
  unlink: promised(pathOps.unlink, 1),
  utimes: promised(pathOps.utimes, 3),
  writeFile: viaHandle(whole.writeFile, 'writeFile', 3),
  watch: function () { return Promise.reject(require('internal/errors').notImplemented('fs.promises.watch')); },
  constants: constants,
  FileHandle: FileHandle
};
