// internal/builtins/structured_clone: structuredClone(value) for plain data.
//
// What: the HTML structured clone algorithm, in-process: a deep copy that
// keeps cycles and shared references, and refuses what cannot be copied.
//
// Interface: install(global) defines global structuredClone; exports clone.
//
// What is cloned (as the algorithm says):
//   primitives (symbols excepted); Boolean/Number/String wrappers; Date;
//   RegExp (lastIndex reset); ArrayBuffer; typed arrays and DataView (their
//   buffer is cloned once and shared as in the original); Map; Set; Array
//   (length and own enumerable properties); Error objects (name, message,
//   stack, cause); any other object becomes a plain object with its own
//   enumerable string-keyed properties (its prototype is not kept).
// Refused, with DOMException DataCloneError '<value> could not be cloned.':
//   functions, symbols, promises, WeakMap/WeakSet, and other host objects.
// Not supported: the `transfer` option with a non-empty list
//   (ERR_NOT_IMPLEMENTED).
//
// Invariants: `memory` (a Map from original to copy) is filled *before* an
// object's children are cloned, so cycles terminate.
//
// Read first: map_set.js, dom_exception.js.
// Spec: HTML § "StructuredSerializeInternal"; Node doc: globals.md
// § "structuredClone(value[, options])".
'use strict';

var common = require('internal/builtins/common');
var mapSet = require('internal/builtins/map_set');
var DOMException = require('internal/builtins/dom_exception').DOMException;

var toStr = Object.prototype.toString;
var ERROR_NAMES = { Error: 1, EvalError: 1, RangeError: 1, ReferenceError: 1,
  SyntaxError: 1, TypeError: 1, URIError: 1 };
var REFUSED = { '[object Promise]': 1, '[object WeakMap]': 1, '[object WeakSet]': 1,
  '[object AbortSignal]': 1, '[object AbortController]': 1 };

function refuse(value) {
  return new DOMException(common.describe(value) + ' could not be cloned.', 'DataCloneError');
}

function copyProps(src, dst, memory) {
  var keys = Object.keys(src);
  for (var i = 0; i < keys.length; i++) dst[keys[i]] = clone(src[keys[i]], memory);
  return dst;
}

function cloneView(value, tag, memory) {
  var buffer = clone(value.buffer, memory);
  if (tag === 'DataView') return new DataView(buffer, value.byteOffset, value.byteLength);
  var C = (typeof globalThis === 'object' ? globalThis : {})[tag];
  if (typeof C !== 'function') throw refuse(value);
  return new C(buffer, value.byteOffset, value.length);
}

function cloneError(value, memory) {
  var name = ERROR_NAMES[value.name] === 1 ? value.name : 'Error';
  var Ctor = (typeof globalThis === 'object' ? globalThis : {})[name] || Error;
  var out = new Ctor(value.message);
  memory.set(value, out);
  var stack = value.stack;
  if (typeof stack === 'string') common.defineValue(out, 'stack', stack);
  if (common.hasOwn(value, 'cause')) common.defineValue(out, 'cause', clone(value.cause, memory));
  return out;
}

// @anchor structured-clone-object
function cloneObject(value, memory) {
  var tag = toStr.call(value).slice(8, -1);
  var out;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    memory.set(value, out);
    return copyProps(value, out, memory);
  }
  if (REFUSED['[object ' + tag + ']'] === 1) throw refuse(value);
  if (mapSet.isMap(value)) {
    out = new Map();
    memory.set(value, out);
    var entries = mapSet.mapEntries(value);
    for (var i = 0; i < entries.length; i++) {
      out.set(clone(entries[i][0], memory), clone(entries[i][1], memory));
    }
    return out;
  }
  if (mapSet.isSet(value)) {
    out = new Set();
    memory.set(value, out);
    var values = mapSet.setValues(value);
    for (var j = 0; j < values.length; j++) out.add(clone(values[j], memory));
    return out;
  }
  switch (tag) {
    case 'Date': out = new Date(value.getTime()); break;
    case 'RegExp': out = new RegExp(value.source, value.flags); break;
    case 'Boolean': out = Object(value.valueOf()); break;
    case 'Number': out = Object(value.valueOf()); break;
    case 'String': out = Object(value.valueOf()); break;
    case 'ArrayBuffer': out = value.slice(0); break;
    case 'Error': return cloneError(value, memory);
    default:
      if (ArrayBuffer.isView(value)) {
        out = cloneView(value, tag, memory);
        break;
      }
      if (value instanceof Error) return cloneError(value, memory);
      out = {};
      memory.set(value, out);
      return copyProps(value, out, memory);
  }
  memory.set(value, out);
  return out;
}

function clone(value, memory) {
  if (typeof value === 'function' || typeof value === 'symbol') throw refuse(value);
  if (typeof value !== 'object' || value === null) return value;
  var seen = memory.get(value);
  if (seen !== undefined) return seen;
  return cloneObject(value, memory);
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new TypeError("Failed to execute 'structuredClone' on 'Window': " +
                        '1 argument required, but only 0 present.');
  }
  if (common.isObject(options) && options.transfer !== undefined &&
      options.transfer !== null && options.transfer.length > 0) {
    throw require('internal/errors').notImplemented('structuredClone({ transfer })');
  }
  return clone(value, new mapSet.Map());
}

function install(global) {
  common.defineMissing(global, { structuredClone: structuredClone });
}

exports.install = install;
exports.structuredClone = structuredClone;
