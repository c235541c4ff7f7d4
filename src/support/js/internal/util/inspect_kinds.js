// internal/util/inspect_kinds: what util.inspect prints for each kind of object.
//
// What: describe() classifies an object (array, Map, Set, typed array, function,
// RegExp, Date, Error, Promise, boxed primitive, plain object...) and returns
// either the finished string (for leaves such as `[Function: f]` or `{}`) or a
// plan { keys, base, braces, formatter, extrasType } that formatRaw in
// inspect.js carries out. Mirrors the big branch in Node's formatRaw.
//
// Interface: describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps),
//   addPrototypeProperties(...), isBuiltinName(name)
//
// Invariants:
//   * Map/Set/Promise come from polyfills on Duktape: iterate with forEach,
//     read Promise state through the polyfill's hook (promiseDetails below).
//   * Needs formatValue from inspect.js, fetched lazily (the modules require
//     each other; by the time anything is printed both are loaded).
// Read first: inspect.js. Node doc: api/util.md § "util.inspect(object[, options])"

'use strict';

var types = require('internal/util/types');
var layout = require('internal/util/inspect_layout');
var prim = require('internal/util/inspect_primitives');
var errs = require('internal/util/inspect_error');
var coll = require('internal/util/inspect_collections');

var kObjectType = layout.kObjectType;
var kArrayExtrasType = layout.kArrayExtrasType;

var inspectModule = null;
function I() {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

var global = (function () { return this; })() || Function('return this')();
var builtInNames = null;
// Global constructors such as Object, Array, Map: prototype walking stops there.
function isBuiltinName(name) {
  if (builtInNames === null) {
    builtInNames = Object.getOwnPropertyNames(global).filter(function (e) {
      return /^[A-Z][a-zA-Z0-9]+$/.test(e);
    });
  }
  return builtInNames.indexOf(name) !== -1;
}

function emptyFormatter() {
  return [];
}

function plan(keys, braces, formatter, extrasType, base) {
  return { keys: keys, braces: braces, formatter: formatter || emptyFormatter,
    extrasType: extrasType || kObjectType, base: base || '' };
}

function describeArrayLike(ctx, value, constructor, tag, protoProps) {
  var prefix = (constructor !== 'Array' || tag !== '') ?
    I().getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
  var keys = I().getOwnNonIndexProperties(value, ctx.showHidden, false);
  var braces = [prefix + '[', ']'];
  if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
    return braces[0] + ']';
  }
  return plan(keys, braces, coll.formatArray, kArrayExtrasType);
}

function describeTypedArray(ctx, value, constructor, tag, name) {
  if (constructor === 'Buffer' && ctx.customInspect && name === 'Uint8Array') {
    return coll.formatBufferFallback(ctx, value);
  }
  var keys = I().getOwnNonIndexProperties(value, ctx.showHidden, true);
  var size = value.length;
  var prefix = I().getPrefix(constructor, tag, constructor === null ? name : '', '(' + size + ')');
  var braces = [prefix + '[', ']'];
  if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
  return plan(keys, braces, coll.formatTypedArray, kArrayExtrasType);
}

function describeCollection(ctx, value, constructor, tag, protoProps, kind) {
  var size = coll.collectionSize(value, kind);
  var prefix = I().getPrefix(constructor, tag, kind, '(' + size + ')');
  var keys = I().getKeys(value, ctx.showHidden);
  if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
  return plan(keys, [prefix + '{', '}'], kind === 'Map' ? coll.formatMap : coll.formatSet);
}

// Returns a finished string or a plan (see file header).
function describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps) {
  if (Array.isArray(value)) return describeArrayLike(ctx, value, constructor, tag, protoProps);
  if (types.isSet(value)) return describeCollection(ctx, value, constructor, tag, protoProps, 'Set');
  if (types.isMap(value)) return describeCollection(ctx, value, constructor, tag, protoProps, 'Map');
  var taName = types.typedArrayName(value);
  if (taName !== undefined) return describeTypedArray(ctx, value, constructor, tag, taName);
  return describeObject(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps);
}

function describeSpecial(ctx, value, recurseTimes, constructor, tag, keys, typedArray) {
  var P = I().getPrefix;
  if (types.isAnyArrayBuffer(value)) {
    var prefix = P(constructor, tag, 'ArrayBuffer');
    if (typedArray !== undefined) {
      return prefix + '{ byteLength: ' +
        prim.formatNumber(ctx.stylize, value.byteLength, false) + ' }';
    }
    keys.unshift('byteLength');
    return plan(keys, [prefix + '{', '}'], coll.formatArrayBuffer);
  }
  if (types.isDataView(value)) {
    keys.unshift('byteLength', 'byteOffset', 'buffer');
    return plan(keys, [P(constructor, tag, 'DataView') + '{', '}']);
  }
  if (types.isPromise(value)) {
    return plan(keys, [P(constructor, tag, 'Promise') + '{', '}'], coll.formatPromise);
  }
  if (types.isWeakSet(value) || types.isWeakMap(value)) {
    var kind = types.isWeakSet(value) ? 'WeakSet' : 'WeakMap';
    return plan(keys, [P(constructor, tag, kind) + '{', '}'], coll.formatWeakCollection);
  }
  return undefined;
}

// Leaves that print as a single token unless they carry extra properties.
function describeLeaf(ctx, value, recurseTimes, constructor, tag, keys, protoProps) {
  var base;
  var bare = keys.length === 0 && protoProps === undefined;
  if (types.isRegExp(value)) {
    base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
    var prefix = I().getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = prefix + base;
    if (bare || (recurseTimes > ctx.depth && ctx.depth !== null)) return ctx.stylize(base, 'regexp');
  } else if (types.isDate(value)) {
    base = isNaN(Date.prototype.getTime.call(value)) ?
      Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
    var dprefix = I().getPrefix(constructor, tag, 'Date');
    if (dprefix !== 'Date ') base = dprefix + base;
    if (bare) return ctx.stylize(base, 'date');
  } else if (types.isNativeError(value) || value instanceof Error) {
    base = errs.formatError(value, constructor, tag, ctx, keys);
    if (keys.length === 0 && protoProps === undefined) return base;
  } else if (types.isBoxedPrimitive(value)) {
    base = errs.getBoxedBase(value, ctx, keys, constructor, tag);
    if (keys.length === 0 && protoProps === undefined) return base;
  } else {
    return undefined;
  }
  return plan(keys, ['{', '}'], null, kObjectType, base);
}

function describeObject(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps) {
  var keys = I().getKeys(value, ctx.showHidden);
  var bare = keys.length === 0 && protoProps === undefined;
  if (typeof value === 'function') {
    var fbase = errs.getFunctionBase(value, constructor, tag);
    if (bare) return ctx.stylize(fbase, 'special');
    return plan(keys, ['{', '}'], null, kObjectType, fbase);
  }
  if (constructor === 'Object') {
    var braces = ['{', '}'];
    if (types.isArgumentsObject(value)) braces[0] = '[Arguments] {';
    else if (tag !== '') braces[0] = I().getPrefix(constructor, tag, 'Object') + '{';
    if (bare) return braces[0] + '}';
    return plan(keys, braces);
  }
  var leaf = describeLeaf(ctx, value, recurseTimes, constructor, tag, keys, protoProps);
  if (leaf !== undefined) return leaf;
  var special = describeSpecial(ctx, value, recurseTimes, constructor, tag, keys, typedArray);
  if (special !== undefined) return special;
  var style = I().getCtxStyle(value, constructor, tag);
  if (bare) return style + '{}';
  return plan(keys, [style + '{', '}']);
}

// showHidden: user-defined (non-function) properties of prototypes, up to 3 levels.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  var depth = 0;
  var keys;
  var seenKeys = [];
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      var descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          isBuiltinName(descriptor.value.name)) {
        return;
      }
    }
    if (depth !== 0) seenKeys = seenKeys.concat(keys);
    keys = Object.getOwnPropertyNames(obj).concat(Object.getOwnPropertySymbols(obj));
    ctx.seen.push(main);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (key === 'constructor' || Object.prototype.hasOwnProperty.call(main, key) ||
          (depth !== 0 && seenKeys.indexOf(key) !== -1)) {
        continue;
      }
      var desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      var value = I().formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? '\u001b[2m' + value + '\u001b[22m' : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

module.exports = {
  describe: describe,
  addPrototypeProperties: addPrototypeProperties,
  isBuiltinName: isBuiltinName
};
