// internal/util/types: brand checks behind util.types and util.inspect.
//
// What: isDate, isRegExp, isNativeError, isMap, isSet, isPromise, typed-array
// checks... the functions of Node's util.types that make sense on Duktape.
//
// Interface: module.exports is util.types (plus classOf, used by inspect).
//
// Invariants:
//   * Checks are brand checks where the engine lets us: under Duktape,
//     Duktape.info(v).class reads the internal class, which user code cannot
//     fake with Symbol.toStringTag. Elsewhere (running under node for tests)
//     Object.prototype.toString is the fallback.
//   * Map/Set/WeakMap/WeakSet/Promise are polyfills on Duktape (src/builtins):
//     they are looked up on the global object at call time, never cached.
//
// Read first: Node's lib/internal/util/types.js.  Node doc: api/util.md § "util.types"

'use strict';

var global = (function () { return this; })() || Function('return this')();
var hasDuktapeInfo = typeof Duktape === 'object' && typeof Duktape.info === 'function';

// Duktape's DUK_HOBJECT_CLASS_* numbering (duk_hobject.h).
var duktapeClasses = ['', 'Object', 'Array', 'Function', 'Arguments', 'Boolean',
  'Date', 'Error', 'JSON', 'Math', 'Number', 'RegExp', 'String', 'global',
  'Symbol', 'ObjEnv', 'DecEnv', 'Pointer', 'Thread', 'ArrayBuffer', 'DataView',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];

var toStr = Object.prototype.toString;

// The polyfills' own brand checks (src/builtins/js/internal/builtins/*), when
// this runtime has them; null when running on an engine with native ones.
var builtinsCache = {};
function builtins(id) {
  if (!(id in builtinsCache)) {
    try {
      builtinsCache[id] = require('internal/builtins/' + id);
    } catch (e) {
      builtinsCache[id] = null;
    }
  }
  return builtinsCache[id];
}

// The engine's class name of an object: 'Date', 'Uint8Array', 'Object'...
function classOf(value) {
  if (hasDuktapeInfo) {
    var info = Duktape.info(value);
    var name = duktapeClasses[info['class']];
    if (name !== undefined) return name;
  }
  return toStr.call(value).slice(8, -1);
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function classIs(name) {
  return function (value) {
    return isObjectLike(value) && classOf(value) === name;
  };
}

function instanceOfGlobal(name, polyfill, check) {
  return function (value) {
    var b = polyfill ? builtins(polyfill) : null;
    if (b && typeof b[check] === 'function' && global[name] === b[name]) return b[check](value);
    var C = global[name];
    if (typeof C !== 'function' || !isObjectLike(value)) return false;
    try {
      return value instanceof C;
    } catch (e) {
      return false;
    }
  };
}

var typedArrayNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray',
  'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array',
  'Float64Array', 'BigInt64Array', 'BigUint64Array'];

function typedArrayName(value) {
  if (!isObjectLike(value)) return undefined;
  var name = classOf(value);
  return typedArrayNames.indexOf(name) !== -1 ? name : undefined;
}

function isTypedArray(value) {
  return typedArrayName(value) !== undefined;
}

function isArrayBufferView(value) {
  return isTypedArray(value) || classOf(value) === 'DataView';
}

function isBoxedPrimitive(value) {
  if (typeof value !== 'object' || value === null) return false;
  var c = classOf(value);
  return c === 'Number' || c === 'String' || c === 'Boolean' || c === 'Symbol';
}

function isNativeError(value) {
  return isObjectLike(value) && classOf(value) === 'Error';
}

// Promise: the polyfill's instances, or anything of class Promise.
function isPromise(value) {
  if (!isObjectLike(value)) return false;
  if (instanceOfGlobal('Promise', 'promise', 'isPromise')(value)) return true;
  return toStr.call(value) === '[object Promise]';
}

function isAsyncFunction(value) {
  return typeof value === 'function' && classOf(value) === 'AsyncFunction';
}

function isGeneratorFunction(value) {
  return typeof value === 'function' && /^(Async)?GeneratorFunction$/.test(classOf(value));
}

function returnFalse() { return false; }

module.exports = {
  classOf: classOf,
  builtins: builtins,
  typedArrayName: typedArrayName,
  isAnyArrayBuffer: classIs('ArrayBuffer'),
  isArrayBuffer: classIs('ArrayBuffer'),
  isArrayBufferView: isArrayBufferView,
  isArgumentsObject: classIs('Arguments'),
  isAsyncFunction: isAsyncFunction,
  isBigInt64Array: classIs('BigInt64Array'),
  isBigUint64Array: classIs('BigUint64Array'),
  isBooleanObject: function (v) { return typeof v === 'object' && classIs('Boolean')(v); },
  isBoxedPrimitive: isBoxedPrimitive,
  isDataView: classIs('DataView'),
  isDate: classIs('Date'),
  isExternal: returnFalse,
  isFloat32Array: classIs('Float32Array'),
  isFloat64Array: classIs('Float64Array'),
  isGeneratorFunction: isGeneratorFunction,
  isGeneratorObject: classIs('Generator'),
  isInt8Array: classIs('Int8Array'),
  isInt16Array: classIs('Int16Array'),
  isInt32Array: classIs('Int32Array'),
  isMap: instanceOfGlobal('Map', 'map_set', 'isMap'),
  isMapIterator: classIs('Map Iterator'),
  isModuleNamespaceObject: returnFalse,
  isNativeError: isNativeError,
  isNumberObject: function (v) { return typeof v === 'object' && classIs('Number')(v); },
  isPromise: isPromise,
  isProxy: returnFalse,
  isRegExp: classIs('RegExp'),
  isSet: instanceOfGlobal('Set', 'map_set', 'isSet'),
  isSetIterator: classIs('Set Iterator'),
  isSharedArrayBuffer: classIs('SharedArrayBuffer'),
  isStringObject: function (v) { return typeof v === 'object' && classIs('String')(v); },
  isSymbolObject: function (v) { return typeof v === 'object' && classIs('Symbol')(v); },
  isBigIntObject: returnFalse,
  isTypedArray: isTypedArray,
  isUint8Array: classIs('Uint8Array'),
  isUint8ClampedArray: classIs('Uint8ClampedArray'),
  isUint16Array: classIs('Uint16Array'),
  isUint32Array: classIs('Uint32Array'),
  isWeakMap: instanceOfGlobal('WeakMap'),
  isWeakSet: instanceOfGlobal('WeakSet'),
  isKeyObject: returnFalse,
  isCryptoKey: returnFalse
};
