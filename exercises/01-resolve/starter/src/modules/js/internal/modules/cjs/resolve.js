// Module path resolution: which file does require(x) from directory d load?
// STARTER VERSION for exercises/01-resolve (read its README first).
//
// What: a naive resolver. It knows only paths to a file:
//   x starts with '/', './' or '../'  -> d/x if that is a file, else d/x.js
//   anything else (a bare name)        -> not found
// That is enough for a script that requires its neighbours ('./util'), and
// for minode to boot (built-in modules never come through here: the loader
// handles them first).
// TODO, the exercise (api/modules.md § "All together"):
//   * LOAD_AS_FILE: also x.json and x.node (report .node as unsupported:
//     the loader already does, if you resolve to the file);
//   * LOAD_AS_DIRECTORY: package.json "main" (as a file, or a folder's
//     index), then index.js / index.json;
//   * LOAD_NODE_MODULES: bare names, looked up in each ancestor's
//     node_modules, nearest first, then globalPaths();
//   * nodeModulePaths(dir): that list of folders (module.paths);
//   * real paths, so that a module reached through a symlink loads once.
// Interface (keep it: loader.js and internal/main/run_main.js call these):
//   resolveFilename(request, parentDir, parent, paths) -> absolute path;
//     throws MODULE_NOT_FOUND. `paths` (require.resolve's option) replaces
//     parentDir as the starting directories.
//   nodeModulePaths(dir) -> [folders];  globalPaths() -> [folders].
// Read first: api/modules.md § "All together"; loader.js (the caller).
var path = require('path');
var fsb = internalBinding('module_fs');

var FILE = 0;       // internalModuleStat(p): 0 file, 1 directory, -2 missing
var DIRECTORY = 1;  // (unused yet)

function isFile(p) { return fsb.internalModuleStat(p) === FILE; }

// The exact name, then with .js appended.
function tryFile(base) {
  if (isFile(base)) return base;
  if (isFile(base + '.js')) return base + '.js';
  return null;
}

// TODO: every ancestor's node_modules, nearest first (see module-paths.js
// in the exercise's tests). For now: only the folder's own.
function nodeModulePaths(dir) {
  return [path.join(path.resolve(dir), 'node_modules')];
}

function isRelativeOrAbsolute(request) {
  return request.charAt(0) === '/' || request === '.' || request === '..' ||
    request.slice(0, 2) === './' || request.slice(0, 3) === '../';
}

// Node's error for a module that cannot be found, with the require stack.
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

function resolveFilename(request, parentDir, parent, paths) {
  var starts = paths || [parentDir];
  for (var i = 0; i < starts.length; i++) {
    if (!isRelativeOrAbsolute(request)) continue;  // TODO: LOAD_NODE_MODULES
    var found = tryFile(path.resolve(starts[i], request));
    if (found !== null) return found;
  }
  throw notFound(request, parent);
}

// $NODE_PATH entries, then $HOME/.node_modules and $HOME/.node_libraries
// (api/modules.md § "Loading from the global folders"). Done for you.
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
