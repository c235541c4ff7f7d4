// Module path resolution: which file does require(x) from directory d load?
//
// What: the algorithm of api/modules.md § "All together", for CommonJS:
//   1. x is a built-in (with or without node:)  -> the built-in
//   2. x starts with '/', './' or '../'         -> LOAD_AS_FILE(d/x), then LOAD_AS_DIRECTORY(d/x)
//   3. otherwise                                -> LOAD_NODE_MODULES(x, d): each
//      ancestor's node_modules, nearest first, then the global folders.
// LOAD_AS_FILE tries x, x.js, x.json, x.node (we report .node as
// unsupported); LOAD_AS_DIRECTORY reads package.json "main", then index.js.
// Interface: resolveFilename(request, parentDir, options) -> absolute path
//   or builtin id; nodeModulePaths(dir) -> [..]; throws MODULE_NOT_FOUND.
// Invariants: results are real paths (symlinks resolved, like Node's
// default), so a module reached through two links is loaded once.
// Read first: api/modules.md § "All together". Exercise: exercises/01-resolve.
var path = require('path');
var fsb = internalBinding('module_fs');

var FILE = 0;
var DIRECTORY = 1;
var EXTENSIONS = ['.js', '.json', '.node'];

function isFile(p) { return fsb.internalModuleStat(p) === FILE; }

// LOAD_AS_FILE: the exact name, then each extension.
function tryFile(base) {
  if (isFile(base)) return base;
  for (var i = 0; i < EXTENSIONS.length; i++) {
    if (isFile(base + EXTENSIONS[i])) return base + EXTENSIONS[i];
  }
  return null;
}

// The "main" field of dir/package.json, or undefined.
function packageMain(dir) {
  var pkgPath = path.join(dir, 'package.json');
  if (!isFile(pkgPath)) return undefined;
  var text = fsb.readFile(pkgPath);
  try {
    var main = JSON.parse(text).main;
    return typeof main === 'string' ? main : undefined;
  } catch (e) {
    e.path = pkgPath;
    e.message = 'Error parsing ' + pkgPath + ': ' + e.message;
    throw e;
  }
}

// LOAD_AS_DIRECTORY: package.json main (as a file or a directory's index),
// then index.js / index.json.
function tryDirectory(dir) {
  if (fsb.internalModuleStat(dir) !== DIRECTORY) return null;
  var main = packageMain(dir);
  if (main !== undefined) {
    var m = path.resolve(dir, main);
    var found = tryFile(m) || tryIndex(m);
    if (found !== null) return found;
  }
  return tryIndex(dir);
}

function tryIndex(dir) {
  return tryFile(path.join(dir, 'index'));
}

function tryPath(base) {
  return tryFile(base) || tryDirectory(base);
}

// The node_modules folders searched from dir: dir/node_modules, then each
// parent's, skipping folders that are themselves named node_modules.
function nodeModulePaths(dir) {
  var from = path.resolve(dir);
  var out = [];
  for (;;) {
    if (path.basename(from) !== 'node_modules') out.push(path.join(from, 'node_modules'));
    var parent = path.dirname(from);
    if (parent === from) break;
    from = parent;
  }
  return out;
}

function isRelativeOrAbsolute(request) {
  return request.charAt(0) === '/' || request === '.' || request === '..' ||
    request.slice(0, 2) === './' || request.slice(0, 3) === '../';
}

function notFound(request, parent) {
  var stack = [];
  for (var m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  var msg = "Cannot find module '" + request + "'";
  if (stack.length > 0) msg += '\nRequire stack:\n- ' + stack.join('\n- ');
  var err = new Error(msg);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

// Resolves request as seen from parentDir. `paths` (require.resolve's
// option) replaces the starting directories of the lookup.
function resolveFilename(request, parentDir, parent, paths) {
  var found = null;
  var starts = paths || [parentDir];
  for (var i = 0; i < starts.length && found === null; i++) {
    if (isRelativeOrAbsolute(request)) {
      found = tryPath(path.resolve(starts[i], request));
    } else {
      var dirs = nodeModulePaths(starts[i]).concat(globalPaths());
      for (var j = 0; j < dirs.length && found === null; j++) {
        found = tryPath(path.join(dirs[j], request));
      }
    }
  }
  if (found === null) throw notFound(request, parent);
  return fsb.realpath(found);
}

// $HOME/.node_modules, $HOME/.node_libraries and $NODE_PATH entries
// (api/modules.md § "Loading from the global folders").
function globalPaths() {
  var out = [];
  var nodePath = process.env.NODE_PATH;
  if (nodePath) {
    var parts = nodePath.split(':');
    for (var i = 0; i < parts.length; i++) if (parts[i]) out.push(path.resolve(parts[i]));
  }
  var home = process.env.HOME;
  if (home) out.push(path.join(home, '.node_modules'), path.join(home, '.node_libraries'));
  return out;
}

module.exports = {
  resolveFilename: resolveFilename,
  nodeModulePaths: nodeModulePaths,
  globalPaths: globalPaths
};
