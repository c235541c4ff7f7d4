// The `process` object: what it holds and where each part comes from.
//
// What: fills the (initially empty) global process object with Node's
// properties, backed by internalBinding('process') (src/runtime/runtime_binding.cpp).
// Interface: setup(process).
// Invariants: process.env is live: reading a key calls getenv(), assigning
// calls setenv(), so child processes (a later layer) inherit changes. Values
// are always strings, as in Node.
// Read first: internal/bootstrap/node.js. Node doc: api/process.md.
var binding = internalBinding('process');
var engine = internalBinding('engine');
var config = binding.config;

var NODE_VERSION = 'v20.20.2';  // the Node line whose documented behaviour we follow

function define(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: true });
}

function syncTarget(target) {
  var keys = binding.envKeys();
  var old = Object.keys(target);
  for (var i = 0; i < old.length; i++) delete target[old[i]];
  for (var j = 0; j < keys.length; j++) target[keys[j]] = binding.getEnv(keys[j]);
  return keys;
}

function makeEnv() {
  // A Proxy, so that `process.env.X = 1` reaches setenv() and
  // Object.keys(process.env) lists the real environment.
  return new Proxy({}, {
    get: function (t, key) { return typeof key === 'string' ? binding.getEnv(key) : undefined; },
    set: function (t, key, value) { binding.setEnv(String(key), String(value)); return true; },
    has: function (t, key) { return binding.getEnv(String(key)) !== undefined; },
    deleteProperty: function (t, key) { binding.unsetEnv(String(key)); return true; },
    // Duktape checks enumerability against the proxy's target, so
    // enumeration first mirrors the environment onto the target.
    ownKeys: function (target) { return syncTarget(target); },
    getOwnPropertyDescriptor: function (t, key) {
      var v = binding.getEnv(String(key));
      if (v === undefined) return undefined;
      return { value: v, writable: true, enumerable: true, configurable: true };
    }
  });
}

function hrtime(previous) {
  var now = binding.hrtime();
  if (previous === undefined) return now;
  if (!Array.isArray(previous)) {
    var errors = require('internal/errors');
    throw new errors.codes.ERR_INVALID_ARG_TYPE('time', 'Array', previous);
  }
  var sec = now[0] - previous[0];
  var nsec = now[1] - previous[1];
  if (nsec < 0) { sec -= 1; nsec += 1e9; }
  return [sec, nsec];
}
hrtime.bigint = function () {
  var errors = require('internal/errors');
  throw errors.notImplemented('process.hrtime.bigint() (Duktape has no BigInt; use process.hrtime())');
};

function memoryUsage() {
  var heap = engine.heapBytes();
  return { rss: binding.rss(), heapTotal: heap, heapUsed: heap, external: 0, arrayBuffers: 0 };
}
memoryUsage.rss = function () { return binding.rss(); };

function emitWarning(warning, type, code) {
  var opts = type;
  if (opts !== null && typeof opts === 'object') { code = opts.code; type = opts.type; }
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = typeof type === 'string' ? type : 'Warning';
    if (code !== undefined) w.code = code;
    warning = w;
  }
  var self = this === undefined || this === globalThis ? globalThis.process : this;
  require('internal/process/warning').emit(self, warning);
}

function setup(process) {
  var EventEmitter = require('events');
  Object.setPrototypeOf(process, EventEmitter.prototype);
  EventEmitter.call(process);
  define(process, 'title', 'minode');
  define(process, 'version', NODE_VERSION);
  define(process, 'versions', {
    node: NODE_VERSION.slice(1), minode: engine.minodeVersion,
    duktape: String(Math.floor(engine.duktapeVersion / 10000)) + '.' +
      String(Math.floor(engine.duktapeVersion / 100) % 100) + '.' + String(engine.duktapeVersion % 100)
  });
  define(process, 'release', { name: 'node', lts: 'Iron', minode: true });
  define(process, 'arch', 'x64');
  define(process, 'platform', 'linux');
  define(process, 'argv0', config.argv0 || 'minode');
  define(process, 'execArgv', config.execArgv);
  define(process, 'execPath', config.execPath);
  define(process, 'pid', config.pid);
  define(process, 'ppid', config.ppid);
  define(process, 'env', makeEnv());
  define(process, 'exitCode', undefined);
  define(process, 'cwd', function cwd() { return binding.cwd(); });
  define(process, 'chdir', function chdir(dir) {
    require('internal/process/validate').string(dir, 'directory');
    binding.chdir(dir);
  });
  define(process, 'uptime', function uptime() { return binding.uptime(); });
  define(process, 'hrtime', hrtime);
  define(process, 'memoryUsage', memoryUsage);
  define(process, 'emitWarning', emitWarning);
  define(process, 'exit', function exit(code) {
    require('internal/process/execution').exit(code);
  });
  define(process, 'reallyExit', binding.reallyExit);
  // nextTick's queue belongs to the loop layer (internal/process/task_queues).
  define(process, 'nextTick', require('internal/process/task_queues').nextTick);
  require('internal/process/stdio').setup(process, binding);
  // argv[0] is execPath and argv[1] the script's absolute path, as in Node.
  var argv = config.argv.slice();
  argv[0] = config.execPath;
  if (argv.length > 1 && config.mode === 'script') argv[1] = require('path').resolve(argv[1]);
  define(process, 'argv', argv);

}

module.exports = { setup: setup };
