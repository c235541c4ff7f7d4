// path: POSIX path manipulation (Node's `require('path')`).
//
// What: pure string functions over '/'-separated paths; no file system access
// except process.cwd() in resolve().
// Interface: join, resolve, normalize, relative, dirname, basename, extname,
// isAbsolute, parse, format, toNamespacedPath, sep ('/'), delimiter (':'),
// posix (this same object), win32 (throws ERR_NOT_IMPLEMENTED on use).
// Invariants: every function validates its string arguments first (Node's
// ERR_INVALID_ARG_TYPE); results never end in '/' unless they are the root;
// normalizeSegments() is the one place '.' and '..' are resolved.
// Read first: normalizeSegments, then resolve.
// Doc: api/path.md. minode runs on POSIX only, so path === path.posix.
'use strict';

var errors = require('internal/errors');

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw new errors.codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

// Resolves '.' and '..' in path (which has no meaningful leading '/').
// allowAboveRoot: keep leading '..' segments (relative paths) or drop them
// (absolute paths, where '/..' is '/').
function normalizeSegments(path, allowAboveRoot) {
  var parts = path.split('/');
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(p);
  }
  return out.join('/');
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charAt(0) === '/';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  var absolute = path.charAt(0) === '/';
  var trailing = path.charAt(path.length - 1) === '/';
  var result = normalizeSegments(path, !absolute);
  if (result.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) result += '/';
  return absolute ? '/' + result : result;
}

function join() {
  var joined;
  for (var i = 0; i < arguments.length; i++) {
    var arg = arguments[i];
    validateString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : joined + '/' + arg;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

// Right to left until an absolute path is formed; then process.cwd().
function resolve() {
  var resolved = '';
  var absolute = false;
  for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
    var path = i >= 0 ? arguments[i] : process.cwd();
    validateString(path, i >= 0 ? 'paths[' + i + ']' : 'path');
    if (path.length === 0) continue;
    resolved = path + '/' + resolved;
    absolute = path.charAt(0) === '/';
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) return '/' + resolved;
  return resolved.length > 0 ? resolved : '.';
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  var f = from === '/' ? [] : from.slice(1).split('/');
  var t = to === '/' ? [] : to.slice(1).split('/');
  var common = 0;
  while (common < f.length && common < t.length && f[common] === t[common]) common++;
  var up = [];
  for (var i = common; i < f.length; i++) up.push('..');
  return up.concat(t.slice(common)).join('/');
}

function toNamespacedPath(path) {
  return path; // POSIX: the identity, for any value (as in Node)
}

// Index where the last segment starts and the end of that segment (trailing
// slashes excluded). '/' alone gives {start: 1, end: 1}.
function lastSegment(path) {
  var end = path.length;
  while (end > 1 && path.charAt(end - 1) === '/') end--;
  if (end === 1 && path.charAt(0) === '/') return { start: 1, end: 1 };
  var start = path.lastIndexOf('/', end - 1) + 1;
  return { start: start, end: end };
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  var seg = lastSegment(path);
  // Node keeps the slash run before the last segment minus its final slash.
  var end = seg.start - 1;
  if (end <= 0) return path.charAt(0) === '/' ? '/' : '.';
  if (end === 1 && path.charAt(0) === '/' && path.charAt(1) === '/') return '//';
  return path.slice(0, end);
}

// Node strips suffix while scanning the last segment from its end; a suffix
// that matches only in part leaves the segment *with* its trailing slashes
// (basename('./', '..') === './'). We keep that quirk: tests compare to node.
function basenameWithSuffix(path, suffix) {
  var seg = lastSegment(path);
  if (seg.end === 1 && path.charAt(0) === '/' && seg.start === 1) return path;
  var base = path.slice(seg.start, seg.end);
  var tail = suffix.length <= base.length ? base.slice(base.length - suffix.length) : null;
  if (tail === suffix) {
    return base === suffix ? base : base.slice(0, base.length - suffix.length);
  }
  // The whole segment matched the suffix's tail: keep the slashes.
  if (suffix.length > base.length &&
      suffix.slice(suffix.length - base.length) === base) {
    return path.slice(seg.start);
  }
  return base;
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    return basenameWithSuffix(path, suffix);
  }
  var seg = lastSegment(path);
  return path.slice(seg.start, seg.end);
}

// The extension is from the last '.' of the base name, unless that dot is
// its first character or the name is all dots ('.', '..', '...').
function extOf(base) {
  var dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  if (/^\.+$/.test(base)) return dot >= 2 && base.length > 2 ? '.' : '';
  return base.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  var seg = lastSegment(path);
  return extOf(path.slice(seg.start, seg.end));
}

function parse(path) {
  validateString(path, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  if (path.charAt(0) === '/') ret.root = '/';
  var seg = lastSegment(path);
  if (seg.start === seg.end) { ret.dir = ret.root; return ret; }
  ret.base = path.slice(seg.start, seg.end);
  ret.ext = extOf(ret.base);
  // Node quirk: parse('/..') reports ext '.' (its dot scan misses the root).
  if (ret.root && seg.start === 1 && ret.base === '..') ret.ext = '.';
  ret.name = ret.base.slice(0, ret.base.length - ret.ext.length);
  if (seg.start > 1) ret.dir = path.slice(0, seg.start - 1);
  else ret.dir = ret.root;
  return ret;
}

function format(pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    throw new errors.codes.ERR_INVALID_ARG_TYPE('pathObject', 'Object', pathObject);
  }
  var dir = pathObject.dir || pathObject.root;
  var ext = pathObject.ext || '';
  if (ext && ext.charAt(0) !== '.') ext = '.' + ext;
  var base = pathObject.base || ((pathObject.name || '') + ext);
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + '/' + base;
}

// path.win32 exists so feature tests find it, but minode is POSIX-only:
// every function throws ERR_NOT_IMPLEMENTED instead of answering wrongly.
function makeWin32() {
  var win32 = { sep: '\\', delimiter: ';' };
  ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
   'dirname', 'basename', 'extname', 'format', 'parse'].forEach(function (name) {
    win32[name] = function () { throw errors.notImplemented('path.win32.' + name); };
  });
  return win32;
}

module.exports = {
  sep: '/',
  delimiter: ':',
  resolve: resolve,
  normalize: normalize,
  isAbsolute: isAbsolute,
  join: join,
  relative: relative,
  toNamespacedPath: toNamespacedPath,
  dirname: dirname,
  basename: basename,
  extname: extname,
  format: format,
  parse: parse,
  posix: null,
  win32: makeWin32()
};
module.exports.posix = module.exports;
module.exports.win32.posix = module.exports;
module.exports.win32.win32 = module.exports.win32;
