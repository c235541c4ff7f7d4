// internal/builtins/common: small helpers shared by the ES2015+ built-ins.
//
// What: the pieces every polyfill file needs: defining non-enumerable
// properties the way real built-ins are defined, Duktape "hidden symbols" for
// internal slots, and the spec's number conversions (ToIntegerOrInfinity,
// ToLength, relative indexes).
//
// Interface:
//   defineValue(obj, key, value)     non-enumerable, writable, configurable
//   defineMissing(obj, methods)      defineValue for each name obj lacks
//   defineGetter(obj, key, getter)   non-enumerable accessor
//   hiddenKey(name)                  a property key for an internal slot
//   toInteger(v), toLength(v), relativeIndex(v, len, dflt), isObject(v),
//   isCallable(v), typeError(msg), hasOwn(obj, key)
//   describe(v), describeTyped(v)    values in error messages, as V8 renders them
//
// Invariants: hiddenKey() keys are invisible to Object.keys, for-in,
// Object.getOwnPropertySymbols, Reflect.ownKeys, JSON and Proxy traps under
// Duktape (they are Duktape hidden Symbols: an internal string whose first
// byte is 0xFF). Under other engines (node, when these files are tested
// there) they fall back to ordinary Symbols.
//
// Read first: nothing; this is the bottom of src/builtins.
// Spec: ECMAScript 2023 §7.1 (type conversion), §10.1 (ordinary objects).
'use strict';

var defineProperty = Object.defineProperty;
var hasOwnProperty = Object.prototype.hasOwnProperty;

function defineValue(obj, key, value) {
  defineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

// Installs only what is missing: never replace a working native (Duktape's
// natives are C and faster than anything written here).
function defineMissing(obj, methods) {
  for (var name in methods) {
    if (hasOwnProperty.call(methods, name) && !(name in obj)) {
      defineValue(obj, name, methods[name]);
    }
  }
}

function defineGetter(obj, key, getter) {
  defineProperty(obj, key, { get: getter, enumerable: false, configurable: true });
}

// Duktape exposes hidden Symbols to ECMAScript only through its buffer API:
// a string whose first byte is 0xFF is a hidden Symbol.
var D = typeof Duktape === 'object' ? Duktape : null;
var fromBufferRaw = D !== null ? String.fromBufferRaw : undefined;
var hiddenCount = 0;

// Inside minode the engine binding makes hidden Symbols directly
// (src/engine/engine_binding.cpp: hiddenSymbol); the buffer route below is
// for the duk command line, where these files are also tested.
var engineBinding = typeof internalBinding === 'function' ? internalBinding('engine') : null;

function hiddenKey(name) {
  hiddenCount++;
  var label = 'minode.' + name + '.' + hiddenCount;
  if (engineBinding !== null) return engineBinding.hiddenSymbol(label);
  if (typeof fromBufferRaw !== 'function') return Symbol(label);
  var hex = 'ff';
  for (var i = 0; i < label.length; i++) hex += label.charCodeAt(i).toString(16);
  return fromBufferRaw(D.dec('hex', hex));
}

function toInteger(v) {
  var n = +v;
  if (n !== n) return 0;
  if (n === Infinity || n === -Infinity) return n;
  return n < 0 ? -Math.floor(-n) : Math.floor(n);
}

function toLength(v) {
  var n = toInteger(v);
  if (n <= 0) return 0;
  return n > 9007199254740991 ? 9007199254740991 : n;
}

// Index arguments like slice()'s: negative counts from the end, clamped.
function relativeIndex(v, len, dflt) {
  if (v === undefined) return dflt;
  var n = toInteger(v);
  if (n < 0) return n + len < 0 ? 0 : n + len;
  return n > len ? len : n;
}

function isObject(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function isCallable(v) {
  return typeof v === 'function';
}

function typeError(msg) {
  return new TypeError(msg);
}

function hasOwn(obj, key) {
  return hasOwnProperty.call(obj, key);
}

// V8's side-effect-free rendering of a value in messages:
// 'Promise resolver #<Object> is not a function'.
function describe(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  if (typeof v !== 'object' || v === null) return String(v);
  if (Array.isArray(v)) return '[object Array]';
  var proto = Object.getPrototypeOf(v);
  var ctor = proto !== null && hasOwn(proto, 'constructor') ? proto.constructor : null;
  var name = typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
  return '#<' + name + '>';
}

// 'number 5 is not iterable ...': the type word V8 puts first.
function describeTyped(v) {
  if (typeof v === 'string') return 'string "' + v + '"';
  if (typeof v === 'object' && v !== null) return 'object';
  return typeof v + ' ' + describe(v);
}

exports.defineValue = defineValue;
exports.defineMissing = defineMissing;
exports.defineGetter = defineGetter;
exports.hiddenKey = hiddenKey;
exports.toInteger = toInteger;
exports.toLength = toLength;
exports.relativeIndex = relativeIndex;
exports.isObject = isObject;
exports.isCallable = isCallable;
exports.typeError = typeError;
exports.hasOwn = hasOwn;
exports.describe = describe;
exports.describeTyped = describeTyped;
