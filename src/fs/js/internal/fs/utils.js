// internal/fs/utils: what fs.js, fs/promises and the fs streams share.
//
// What: argument checks with Node's exact errors (paths, fds, modes,
// flags, options, callbacks), the Stats and Dirent classes built from the
// binding's raw results, and the string<->bytes helpers. Adapted from
// Node's lib/internal/fs/utils.js.
// Interface: getValidatedPath, validateFd, parseFileMode, stringToFlags,
//   getOptions, makeCallback, toBytes, fromBytes, Stats, makeStats, Dirent,
//   makeDirents, fsEISDIR, toSeconds.
// Invariants: nothing here does I/O; every check runs before the binding
//   is called, so a bad argument throws synchronously even in the callback
//   form (Node's behaviour).
// Read first: fs.js. Node doc: api/fs.md § "Class: fs.Stats", "Class: fs.Dirent",
//   "File system flags".
'use strict';

var errors = require('internal/errors');
var codes = errors.codes;
var validators = require('internal/validators');
var constants = internalBinding('fs').constants;

var O_RDONLY = constants.O_RDONLY, O_WRONLY = constants.O_WRONLY, O_RDWR = constants.O_RDWR;
var O_CREAT = constants.O_CREAT, O_TRUNC = constants.O_TRUNC, O_APPEND = constants.O_APPEND;
var O_EXCL = constants.O_EXCL, O_SYNC = constants.O_SYNC;

function isUint8Array(v) { return v instanceof Uint8Array; }

// A path argument: string, Buffer/Uint8Array or file: URL -> string.
function getValidatedPath(path, name) {
  if (name === undefined) name = 'path';
  if (path !== null && typeof path === 'object' && path.href !== undefined &&
      path.protocol !== undefined) {
    if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
    path = decodeURIComponent(path.pathname);
  } else if (isUint8Array(path)) {
    path = fromBytes(path, 'utf8');
  } else if (typeof path !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.indexOf('\u0000') !== -1) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, path,
      'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function validateFd(fd, name) {
  validators.validateInt32(fd, name === undefined ? 'fd' : name, 0);
  return fd;
}

var octalRe = /^[0-7]+$/;
function parseFileMode(value, name, def) {
  if (value === undefined || value === null) return def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, value,
        'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validators.validateUint32(value, name);
  return value;
}

var flagTable = {
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC
};

// 'r', 'w+', ... or a number -> open(2) flags (Node: stringToFlags).
function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) {
    return flagTable[flags];
  }
  throw new codes.ERR_INVALID_ARG_VALUE(name === undefined ? 'flags' : name, flags);
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// options: undefined, an encoding string, or an object, merged over defaults.
function getOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  var out = {};
  var k;
  for (k in defaults) out[k] = defaults[k];
  if (typeof options === 'string') {
    out.encoding = options;
  } else if (typeof options === 'object') {
    for (k in options) out[k] = options[k];
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (out.encoding !== undefined && out.encoding !== null) assertEncoding(out.encoding);
  return out;
}

function makeCallback(cb) {
  validators.validateFunction(cb, 'cb');
  return cb;
}

// Bytes to write: a string (in encoding), or any ArrayBufferView.
function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isUint8Array(data)) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE(name || 'data',
    ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// The binding's bytes as a Buffer, or decoded when an encoding is asked for.
function fromBytes(bytes, encoding) {
  var buf = Buffer.isBuffer(bytes) ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

// Seconds since the epoch from a Date, a number, or a numeric string.
function toSeconds(time, name) {
  if (typeof time === 'number' && isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (typeof time === 'string' && +time == time) return +time;  // eslint-disable-line eqeqeq
  if (time instanceof Date) return time.getTime() / 1000;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// @anchor fs-stats
function Stats(v) {
  this.dev = v[0]; this.mode = v[1]; this.nlink = v[2]; this.uid = v[3]; this.gid = v[4];
  this.rdev = v[5]; this.blksize = v[6]; this.ino = v[7]; this.size = v[8]; this.blocks = v[9];
  this.atimeMs = v[10]; this.mtimeMs = v[11]; this.ctimeMs = v[12]; this.birthtimeMs = v[13];
  this.atime = new Date(v[10]); this.mtime = new Date(v[11]);
  this.ctime = new Date(v[12]); this.birthtime = new Date(v[13]);
}
var S_IFMT = constants.S_IFMT;
function modeIs(type) { return function () { return (this.mode & S_IFMT) === type; }; }
Stats.prototype.isFile = modeIs(constants.S_IFREG);
Stats.prototype.isDirectory = modeIs(constants.S_IFDIR);
Stats.prototype.isSymbolicLink = modeIs(constants.S_IFLNK);
Stats.prototype.isFIFO = modeIs(constants.S_IFIFO);
Stats.prototype.isSocket = modeIs(constants.S_IFSOCK);
Stats.prototype.isCharacterDevice = modeIs(constants.S_IFCHR);
Stats.prototype.isBlockDevice = modeIs(constants.S_IFBLK);

function makeStats(values) { return new Stats(values); }

var kType = typeof Symbol === 'function' ? Symbol('type') : '__type';
function Dirent(name, type, path) {
  this.name = name;
  this.parentPath = path;
  this.path = path;
  this[kType] = type;
}
function direntIs(type) { return function () { return this[kType] === type; }; }
Dirent.prototype.isFile = direntIs(constants.UV_DIRENT_FILE);
Dirent.prototype.isDirectory = direntIs(constants.UV_DIRENT_DIR);
Dirent.prototype.isSymbolicLink = direntIs(constants.UV_DIRENT_LINK);
Dirent.prototype.isFIFO = direntIs(constants.UV_DIRENT_FIFO);
Dirent.prototype.isSocket = direntIs(constants.UV_DIRENT_SOCKET);
Dirent.prototype.isCharacterDevice = direntIs(constants.UV_DIRENT_CHAR);
Dirent.prototype.isBlockDevice = direntIs(constants.UV_DIRENT_BLOCK);

// readdir's result: names (decoded if asked) or Dirents. An entry whose
// type readdir(3) did not report stays UNKNOWN (Node lstat()s those; the
// file systems Linux uses for /tmp and /home all report types).
function makeDirents(result, path) {
  var names = result[0], types = result[1], out = new Array(names.length);
  for (var i = 0; i < names.length; i++) out[i] = new Dirent(names[i], types[i], path);
  return out;
}

// ERR_FS_EISDIR, a SystemError (Node: lib/internal/errors.js; it is not in
// internal/errors' table yet, so it is built here with Node's shape).
function fsEISDIR(path, syscall) {
  var err = new Error('Path is a directory: ' + syscall + ' returned EISDIR (is a directory) ' + path);
  err.name = 'SystemError';
  err.code = 'ERR_FS_EISDIR';
  err.info = { code: 'EISDIR', message: 'is a directory', path: path, syscall: syscall, errno: 21 };
  err.errno = 21;
  err.syscall = syscall;
  err.path = path;
  return err;
}

module.exports = {
  getValidatedPath: getValidatedPath,
  validateFd: validateFd,
  parseFileMode: parseFileMode,
  stringToFlags: stringToFlags,
  getOptions: getOptions,
  assertEncoding: assertEncoding,
  makeCallback: makeCallback,
  toBytes: toBytes,
  fromBytes: fromBytes,
  toSeconds: toSeconds,
  Stats: Stats,
  makeStats: makeStats,
  Dirent: Dirent,
  makeDirents: makeDirents,
  fsEISDIR: fsEISDIR,
  kType: kType
};
