// The CommonJS loader: Module, require(), the cache, and compilation.
//
// What: api/modules.md for user code. require(x) resolves x (resolve.js),
// returns the cached module if there is one, or creates a Module, caches
// it BEFORE running it (so circular requires see the partial exports), and
// runs its source wrapped as
//     function (exports, require, module, __filename, __dirname) { ... }
// The loader is the single place where user source becomes a function:
// modern syntax is lowered here first (internal/lowering, when built).
// Interface: Module, Module._load(request, parent, isMain), Module._cache,
//   Module.runMain(file), Module.createRequire(filename), makeRequire(module).
// Invariants: Module._cache is keyed by real path; a module that throws
// while loading is removed from the cache (Node does the same).
// Read first: resolve.js. Chapter: chapters/01-engine-and-modules.md.
var path = require('path');
var realm = require('internal/bootstrap/realm');
var resolve = require('internal/modules/cjs/resolve');
var compile = require('internal/modules/cjs/compile');
var fsb = internalBinding('module_fs');

function Module(id, parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  this.parent = parent;
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = realm.builtinIds.slice();
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function (script) { return Module.wrapper[0] + script + Module.wrapper[1]; };

function builtinId(request) {
  if (request.slice(0, 5) === 'node:') {
    var id = request.slice(5);
    if (realm.canBeRequiredByUsers(id)) return id;
    var err = new Error('No such built-in module: ' + request);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  return realm.canBeRequiredByUsers(request) ? request : null;
}

Module._resolveFilename = function (request, parent, isMain, options) {
  var id = builtinId(request);
  if (id !== null) return request;  // 'node:path' stays 'node:path', as in Node
  var dir = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
  return resolve.resolveFilename(request, dir, parent, options && options.paths);
};

Module._load = function (request, parent, isMain) {
  var id = builtinId(request);
  if (id !== null) return realm.requireBuiltin(id);
  var filename = Module._resolveFilename(request, parent, isMain);
  var cached = Module._cache[filename];
  if (cached !== undefined) return cached.exports;
  var module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  var ok = false;
  try {
    module.load(filename);
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = resolve.nodeModulePaths(path.dirname(filename));
  var ext = path.extname(filename);
  var handler = Module._extensions[ext] || Module._extensions['.js'];
  handler(this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') {
    var errors = require('internal/errors');
    throw new errors.codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    var e = new TypeError("The argument 'id' must be a non-empty string. Received ''");
    e.code = 'ERR_INVALID_ARG_VALUE';
    throw e;
  }
  return Module._load(id, this, false);
};

// Runs source as this module's body.
Module.prototype._compile = function (source, filename) {
  var fn = compile.compileWrapper(source, filename,
    'exports, require, module, __filename, __dirname');
  var require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

Module._extensions['.js'] = function (module, filename) {
  module._compile(fsb.readFile(filename), filename);
};

Module._extensions['.json'] = function (module, filename) {
  var text = fsb.readFile(filename);
  try {
    module.exports = JSON.parse(text);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  var err = new Error('Cannot load native addon ' + filename +
    ': minode does not support .node addons (they are compiled against V8)');
  err.code = 'ERR_NOT_IMPLEMENTED';
  throw err;
};

function makeRequire(module) {
  function require(id) { return module.require(id); }
  require.resolve = function (request, options) {
    if (typeof request !== 'string') {
      var errors = require('internal/errors');
      throw new errors.codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, module, false, options);
  };
  require.resolve.paths = function (request) {
    if (builtinId(request) !== null) return null;
    return resolve.nodeModulePaths(module.filename ? path.dirname(module.filename) : process.cwd())
      .concat(resolve.globalPaths());
  };
  require.main = process.mainModule;
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  return require;
}

Module.createRequire = function (filename) {
  var f = String(filename);
  if (f.slice(0, 7) === 'file://') f = decodeURIComponent(f.slice(7));
  var m = new Module(f, null);
  m.filename = f;
  m.paths = resolve.nodeModulePaths(path.dirname(f));
  return makeRequire(m);
};

Module.runMain = function (file) {
  return Module._load(path.resolve(file), null, true);
};

Module.Module = Module;
Module.makeRequire = makeRequire;
module.exports = Module;
