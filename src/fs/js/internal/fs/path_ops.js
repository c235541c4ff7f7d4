// internal/fs/path_ops: the calls that name a path, each in its callback
// and sync form: stat, lstat, access, exists, readdir, mkdir, mkdtemp,
// rmdir, rm, unlink, rename, copyFile, truncate, symlink, readlink,
// realpath, chmod, chown, utimes.
//
// What: validation, then one binding call (or two: rm stats first,
// realpath looks for the missing component to name it as Node does).
// Interface: exports each function under its fs name.
// Invariants: as internal/fs/fd_ops.js.
// Read first: internal/fs/fd_ops.js. Node doc: api/fs.md § "fs.stat(path[, options], callback)",
//   "fs.readdir(path[, options], callback)", "fs.mkdir(path[, options], callback)",
//   "fs.rm(path[, options], callback)".
'use strict';

var binding = internalBinding('fs');
var utils = require('internal/fs/utils');
var validators = require('internal/validators');
var done = require('internal/fs/fd_ops').done;

var makeCallback = utils.makeCallback;
var getPath = utils.getValidatedPath;
var F_OK = binding.constants.F_OK;

function optionsAndCallback(options, callback) {
  if (typeof options === 'function') return { options: undefined, callback: makeCallback(options) };
  return { options: options, callback: makeCallback(callback) };
}

function stat(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  binding.stat(getPath(path), done(oc.callback, utils.makeStats));
}
function lstat(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  binding.lstat(getPath(path), done(oc.callback, utils.makeStats));
}

function statWith(op, path, options) {
  path = getPath(path);
  if (options && options.throwIfNoEntry === false) {
    try { return utils.makeStats(binding[op](path)); } catch (e) {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
      throw e;
    }
  }
  return utils.makeStats(binding[op](path));
}
function statSync(path, options) { return statWith('stat', path, options); }
function lstatSync(path, options) { return statWith('lstat', path, options); }

function accessMode(mode) {
  if (mode === undefined) return F_OK;
  validators.validateInteger(mode, 'mode', 0, 7);
  return mode;
}
function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  path = getPath(path);
  binding.access(path, accessMode(mode), done(makeCallback(callback)));
}
function accessSync(path, mode) { binding.access(getPath(path), accessMode(mode)); }

// Deprecated (DEP0034): the callback gets a boolean, not an error.
function exists(path, callback) {
  validators.validateFunction(callback, 'cb');
  try { path = getPath(path); } catch (e) {
    process.nextTick(function () { callback(false); });
    return;
  }
  binding.access(path, F_OK, function (err) { callback(!err); });
}
function existsSync(path) {
  try { binding.access(getPath(path), F_OK); return true; } catch (e) { return false; }
}

function readdirResult(path, options) {
  return function (result) {
    if (options.withFileTypes) return utils.makeDirents(result, path);
    if (options.encoding === 'buffer') return result.map(function (n) { return Buffer.from(n); });
    return result;
  };
}
function readdir(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  path = getPath(path);
  options = utils.getOptions(oc.options, { encoding: 'utf8', withFileTypes: false });
  binding.readdir(path, !!options.withFileTypes, done(oc.callback, readdirResult(path, options)));
}
function readdirSync(path, options) {
  path = getPath(path);
  options = utils.getOptions(options, { encoding: 'utf8', withFileTypes: false });
  return readdirResult(path, options)(binding.readdir(path, !!options.withFileTypes));
}

function mkdirArgs(options) {
  var recursive = false, mode = 511;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = utils.parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = utils.parseFileMode(options.mode, 'options.mode');
  }
  validators.validateBoolean(recursive, 'options.recursive');
  return { recursive: recursive, mode: mode };
}
function mkdir(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  path = getPath(path);
  var a = mkdirArgs(oc.options);
  binding.mkdir(path, a.mode, a.recursive, done(oc.callback));
}
function mkdirSync(path, options) {
  path = getPath(path);
  var a = mkdirArgs(options);
  return binding.mkdir(path, a.mode, a.recursive);
}

function mkdtemp(prefix, options, callback) {
  var oc = optionsAndCallback(options, callback);
  binding.mkdtemp(getPath(prefix, 'prefix'), done(oc.callback));
}
function mkdtempSync(prefix, options) { return binding.mkdtemp(getPath(prefix, 'prefix')); }

function rmdir(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  path = getPath(path);
  if (oc.options && oc.options.recursive) return rm(path, { recursive: true, force: true }, oc.callback);
  binding.rmdir(path, done(oc.callback));
}
function rmdirSync(path, options) {
  path = getPath(path);
  if (options && options.recursive) return rmSync(path, { recursive: true, force: true });
  binding.rmdir(path);
}

function rmOptions(options) {
  options = options || {};
  var force = options.force === undefined ? false : options.force;
  var recursive = options.recursive === undefined ? false : options.recursive;
  validators.validateBoolean(force, 'options.force');
  validators.validateBoolean(recursive, 'options.recursive');
  return { force: force, recursive: recursive };
}
// rm: lstat first (so a missing path reports "lstat", as Node's does), then
// unlink, or remove the whole tree when recursive.
function rm(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  path = getPath(path);
  var o = rmOptions(oc.options);
  binding.lstat(path, function (err, st) {
    if (err) return oc.callback(err.code === 'ENOENT' && o.force ? null : err);
    var stats = utils.makeStats(st);
    if (stats.isDirectory() && !o.recursive) return oc.callback(utils.fsEISDIR(path, 'rm'));
    binding.rmtree(path, done(oc.callback));
  });
}
function rmSync(path, options) {
  path = getPath(path);
  var o = rmOptions(options);
  var st;
  try { st = utils.makeStats(binding.lstat(path)); } catch (e) {
    if (e.code === 'ENOENT' && o.force) return;
    throw e;
  }
  if (st.isDirectory() && !o.recursive) throw utils.fsEISDIR(path, 'rm');
  binding.rmtree(path);
}

function unlink(path, callback) { binding.unlink(getPath(path), done(makeCallback(callback))); }
function unlinkSync(path) { binding.unlink(getPath(path)); }

function rename(from, to, callback) {
  from = getPath(from, 'oldPath');
  to = getPath(to, 'newPath');
  binding.rename(from, to, done(makeCallback(callback)));
}
function renameSync(from, to) { binding.rename(getPath(from, 'oldPath'), getPath(to, 'newPath')); }

function copyMode(mode) {
  if (mode === undefined || mode === null) return 0;
  validators.validateInteger(mode, 'mode', 0, 7);
  return mode;
}
function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  src = getPath(src, 'src');
  dest = getPath(dest, 'dest');
  binding.copyFile(src, dest, copyMode(mode), done(makeCallback(callback)));
}
function copyFileSync(src, dest, mode) {
  binding.copyFile(getPath(src, 'src'), getPath(dest, 'dest'), copyMode(mode));
}

function lenArg(len) {
  if (len === undefined || len === null) return 0;
  validators.validateInteger(len, 'len');
  return len < 0 ? 0 : len;
}
function truncate(path, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  if (typeof path === 'number') return require('internal/fs/fd_ops').ftruncate(path, len, callback);
  path = getPath(path);
  binding.truncate(path, lenArg(len), done(makeCallback(callback)));
}
function truncateSync(path, len) {
  if (typeof path === 'number') return require('internal/fs/fd_ops').ftruncateSync(path, len);
  binding.truncate(getPath(path), lenArg(len));
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') callback = type;
  target = getPath(target, 'target');
  path = getPath(path);
  binding.symlink(target, path, done(makeCallback(callback)));
}
function symlinkSync(target, path) { binding.symlink(getPath(target, 'target'), getPath(path)); }

function readlink(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  binding.readlink(getPath(path), done(oc.callback));
}
function readlinkSync(path) { return binding.readlink(getPath(path)); }

// realpath(3) answers; when it fails, find the component that is missing so
// the error names it as Node's JS realpath does ("lstat '/missing'").
function blame(path, err) {
  var parts = path.split('/'), cur = '';
  for (var i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    cur += '/' + parts[i];
    try { binding.lstat(cur); } catch (e) { return e; }
  }
  return err;
}
function absolute(path) { return require('path').resolve(path); }
function realpath(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  path = getPath(path);
  binding.realpath(path, function (err, p) {
    if (err) return oc.callback(blame(absolute(path), err));
    oc.callback(null, p);
  });
}
function realpathSync(path) {
  path = getPath(path);
  try { return binding.realpath(path); } catch (e) { throw blame(absolute(path), e); }
}
function realpathNative(path, options, callback) {
  var oc = optionsAndCallback(options, callback);
  binding.realpath(getPath(path), done(oc.callback));
}
realpath.native = realpathNative;
realpathSync.native = function (path) { return binding.realpath(getPath(path)); };

function chmod(path, mode, callback) {
  path = getPath(path);
  binding.chmod(path, utils.parseFileMode(mode, 'mode'), done(makeCallback(callback)));
}
function chmodSync(path, mode) { binding.chmod(getPath(path), utils.parseFileMode(mode, 'mode')); }

function ownerArgs(uid, gid) {
  validators.validateInteger(uid, 'uid', -1, 4294967295);
  validators.validateInteger(gid, 'gid', -1, 4294967295);
}
function chown(path, uid, gid, callback) {
  path = getPath(path);
  ownerArgs(uid, gid);
  binding.chown(path, uid, gid, done(makeCallback(callback)));
}
function chownSync(path, uid, gid) { path = getPath(path); ownerArgs(uid, gid); binding.chown(path, uid, gid); }

function utimes(path, atime, mtime, callback) {
  path = getPath(path);
  binding.utimes(path, utils.toSeconds(atime, 'atime'), utils.toSeconds(mtime, 'mtime'),
                 done(makeCallback(callback)));
}
function utimesSync(path, atime, mtime) {
  binding.utimes(getPath(path), utils.toSeconds(atime, 'atime'), utils.toSeconds(mtime, 'mtime'));
}

module.exports = {
  stat: stat, statSync: statSync, lstat: lstat, lstatSync: lstatSync,
  access: access, accessSync: accessSync, exists: exists, existsSync: existsSync,
  readdir: readdir, readdirSync: readdirSync, mkdir: mkdir, mkdirSync: mkdirSync,
  mkdtemp: mkdtemp, mkdtempSync: mkdtempSync, rmdir: rmdir, rmdirSync: rmdirSync,
  rm: rm, rmSync: rmSync, unlink: unlink, unlinkSync: unlinkSync,
  rename: rename, renameSync: renameSync, copyFile: copyFile, copyFileSync: copyFileSync,
  truncate: truncate, truncateSync: truncateSync, symlink: symlink, symlinkSync: symlinkSync,
  readlink: readlink, readlinkSync: readlinkSync, realpath: realpath, realpathSync: realpathSync,
  chmod: chmod, chmodSync: chmodSync, chown: chown, chownSync: chownSync,
  utimes: utimes, utimesSync: utimesSync
};
