// Bootstrap: builds the global environment before the user's code runs.
//
// What: creates `process`, installs the ES2015+ built-ins Duktape lacks, the
// Node-style Error.prototype.stack, the lazily loaded globals (console,
// timers, Buffer, URL, ...), and registers the two hooks the engine calls
// from C++ (tick: drain nextTicks + microtasks; onUncaught).
// Interface: module.exports = { runMain(), emitBeforeExit() -> bool, emitExit() -> code }
//   called by src/cli/run.cpp in that order around the event loop.
// Invariants: nothing here runs user code; every global is non-enumerable,
// like V8's; a global's module is compiled on first touch, not at startup
// (this is why `minode -e 0` takes a few ms).
// Read first: realm.js, then internal/process/object.js.
// Node: lib/internal/bootstrap/node.js.
var engine = internalBinding('engine');
var has = engine.hasBuiltin;

// 1. `process` exists before any other built-in is compiled, so every
// built-in's `process` parameter is the real object.
var processObject = {};
Object.defineProperty(globalThis, 'process', {
  value: processObject, writable: true, configurable: true, enumerable: false
});
Object.defineProperty(globalThis, 'global', {
  value: globalThis, writable: true, configurable: true, enumerable: false
});

// 2. The language built-ins (Promise, Map, Set, ...) come before any library.
if (has('internal/builtins/install')) require('internal/builtins/install').install(globalThis);

// 3. Node-shaped stack traces for every Error.
require('internal/process/stack').install();

// 4. process: an EventEmitter with Node's properties.
require('internal/process/object').setup(processObject);
if (has('internal/process/signals')) require('internal/process/signals').install(processObject);

// 5. Globals that load their module on first use.
function lazyGlobal(name, id, prop) {
  if (!has(id)) return;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get: function () {
      var value = prop ? require(id)[prop] : require(id);
      Object.defineProperty(globalThis, name, {
        value: value, writable: true, configurable: true, enumerable: false
      });
      return value;
    },
    set: function (value) {
      Object.defineProperty(globalThis, name, {
        value: value, writable: true, configurable: true, enumerable: false
      });
    }
  });
}
lazyGlobal('console', 'console');
var timerNames = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate'];
for (var i = 0; i < timerNames.length; i++) lazyGlobal(timerNames[i], 'timers', timerNames[i]);
lazyGlobal('Buffer', 'buffer', 'Buffer');
lazyGlobal('URL', 'url', 'URL');
lazyGlobal('URLSearchParams', 'url', 'URLSearchParams');

// 6. The hooks C++ calls around every callback (src/engine/binding.cpp).
var execution = require('internal/process/execution');
engine.setHooks({ tick: execution.tick, onUncaught: execution.onUncaught });

module.exports = {
  runMain: function () { require('internal/main/run_main').run(); },
  emitBeforeExit: execution.emitBeforeExit,
  emitExit: execution.emitExit
};
