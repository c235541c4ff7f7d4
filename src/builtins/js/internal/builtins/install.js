// internal/builtins/install: puts the ES2015+ built-ins Duktape lacks on the
// global object. The bootstrap calls install(global) first thing, before any
// other module runs.
//
// What: one installer per focused file, in dependency order; plus the
// queueMicrotask global (the microtask queue is in
// internal/process/microtasks) and globalThis where missing.
//
// Interface: install(global)
//
// Invariants:
//   * Installing never replaces a working native: every installer checks
//     first (Duktape's Symbol, Object.assign, String.prototype.codePointAt,
//     TextEncoder... stay as they are).
//   * What is installed looks like a real built-in: non-enumerable, writable,
//     configurable properties; prototypes with @@toStringTag.
//   * Idempotent: calling install twice changes nothing the second time.
//   * WeakMap, WeakSet, DOMException, AbortController, AbortSignal and
//     structuredClone are lazy globals: their module compiles on first use
//     (installing everything eagerly added ~2.4 ms to `minode -e 0`).
//
// Read first: common.js, then iterators.js, map_set.js, promise.js.
// Node doc: globals.md.  Spec: ECMAScript 2023.
'use strict';

var common = require('internal/builtins/common');
var microtasks = require('internal/process/microtasks');

var installers = [
  'internal/builtins/iterators',
  'internal/builtins/array',
  'internal/builtins/object',
  'internal/builtins/string',
  'internal/builtins/typed_array',
  'internal/builtins/map_set',
  'internal/builtins/promise'
];

// Globals whose module is compiled on first touch (startup stays fast: the
// eager set above is what a typical script needs, or prototype methods that
// cannot be made lazy). name -> module id.
var lazyGlobals = {
  WeakMap: 'internal/builtins/weak',
  WeakSet: 'internal/builtins/weak',
  DOMException: 'internal/builtins/dom_exception',
  AbortController: 'internal/builtins/abort',
  AbortSignal: 'internal/builtins/abort',
  structuredClone: 'internal/builtins/structured_clone'
};

// On first get, every accessor for the same module is removed and the
// module's install() defines the real globals (it only defines what is
// absent, hence the removal first). A set just defines a data property.
function defineLazy(global, name, id) {
  Object.defineProperty(global, name, {
    configurable: true,
    enumerable: false,
    get: function () {
      for (var n in lazyGlobals) {
        if (lazyGlobals[n] === id) delete global[n];
      }
      require(id).install(global);
      return global[name];
    },
    set: function (value) { common.defineValue(global, name, value); }
  });
}

// ERR_INVALID_ARG_TYPE from internal/errors (support layer); until that
// module is present, the same message built here for the common cases.
function invalidCallback(value) {
  try {
    var codes = require('internal/errors').codes;
    return new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', value);
  } catch (e) {
    var received = value === null || value === undefined ? String(value) :
      typeof value === 'object' ? 'an instance of ' + (value.constructor && value.constructor.name || 'Object') :
      typeof value === 'string' ? "type string ('" + value + "')" :
      'type ' + typeof value + ' (' + String(value) + ')';
    var err = new TypeError('The "callback" argument must be of type function. Received ' + received);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  }
}

// @anchor queue-microtask
function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  microtasks.enqueueMicrotask(callback);
}

function install(global) {
  if (!('globalThis' in global)) common.defineValue(global, 'globalThis', global);
  for (var i = 0; i < installers.length; i++) require(installers[i]).install(global);
  for (var name in lazyGlobals) {
    if (!(name in global)) defineLazy(global, name, lazyGlobals[name]);
  }
  if (typeof global.queueMicrotask !== 'function') {
    common.defineValue(global, 'queueMicrotask', queueMicrotask);
  }
}

exports.install = install;
exports.queueMicrotask = queueMicrotask;
