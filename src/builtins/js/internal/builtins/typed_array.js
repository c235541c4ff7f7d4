// internal/builtins/typed_array: the %TypedArray% methods Duktape lacks.
//
// What: Duktape's typed arrays have only set/subarray (and the buffer
// accessors). This adds, on the shared %TypedArray%.prototype: at,
// copyWithin, entries, every, fill, filter, find, findIndex, findLast,
// findLastIndex, forEach, includes, indexOf, join, keys, lastIndexOf, map,
// reduce, reduceRight, reverse, slice, some, sort, toString, values,
// @@iterator; and %TypedArray%.from/of.
//
// Interface: install(global).
//
// Invariants:
//   * Methods that only read or write elements in place reuse the generic
//     Array.prototype algorithm (Duktape's C versions, or array.js's), which
//     the spec defines identically for typed arrays.
//   * Methods that create an array (map, filter, slice) create one of the
//     receiver's own type via its constructor (a simplified
//     TypedArraySpeciesCreate: @@species is not consulted).
//   * sort() without a comparator sorts numerically (NaN last, -0 before
//     +0), not as strings like Array.prototype.sort.
//
// Read first: array.js, iterators.js.  Spec: ECMAScript 2023 §23.2.
'use strict';

var common = require('internal/builtins/common');
var iterators = require('internal/builtins/iterators');
var arrayModule = require('internal/builtins/array');

var AP = Array.prototype;
var TypedArray = Object.getPrototypeOf(Uint8Array);
var TAP = TypedArray.prototype;

function validate(self, name) {
  if (!ArrayBuffer.isView(self) || self instanceof DataView) {
    throw new TypeError('this is not a typed array.');
  }
  return self;
}

function generic(name, fn) {
  return function () {
    return fn.apply(validate(this, name), arguments);
  };
}

function create(self, length) {
  return new self.constructor(length);
}

function numericCompare(a, b) {
  if (a !== a) return b !== b ? 0 : 1;
  if (b !== b) return -1;
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === 0 && b === 0) return 1 / a < 0 ? (1 / b < 0 ? 0 : -1) : (1 / b < 0 ? 1 : 0);
  return 0;
}

var methods = {
  slice: function slice(start, end) {
    var ta = validate(this, 'slice');
    var len = ta.length;
    var from = common.relativeIndex(start, len, 0);
    var to = common.relativeIndex(end, len, len);
    var out = create(ta, to > from ? to - from : 0);
    for (var i = from; i < to; i++) out[i - from] = ta[i];
    return out;
  },
  map: function map(fn, thisArg) {
    var ta = validate(this, 'map');
    if (typeof fn !== 'function') throw new TypeError(common.describe(fn) + ' is not a function');
    var out = create(ta, ta.length);
    for (var i = 0; i < ta.length; i++) out[i] = fn.call(thisArg, ta[i], i, ta);
    return out;
  },
  filter: function filter(fn, thisArg) {
    var ta = validate(this, 'filter');
    if (typeof fn !== 'function') throw new TypeError(common.describe(fn) + ' is not a function');
    var kept = [];
    for (var i = 0; i < ta.length; i++) {
      if (fn.call(thisArg, ta[i], i, ta)) kept.push(ta[i]);
    }
    var out = create(ta, kept.length);
    for (var j = 0; j < kept.length; j++) out[j] = kept[j];
    return out;
  },
  sort: function sort(compareFn) {
    var ta = validate(this, 'sort');
    if (compareFn !== undefined && typeof compareFn !== 'function') {
      throw new TypeError('The comparison function must be either a function or undefined');
    }
    var copy = AP.slice.call(ta).sort(compareFn === undefined ? numericCompare : compareFn);
    for (var i = 0; i < copy.length; i++) ta[i] = copy[i];
    return ta;
  },
  entries: function entries() { return iterators.createArrayIterator(validate(this), 'entries'); },
  keys: function keys() { return iterators.createArrayIterator(validate(this), 'keys'); },
  values: function values() { return iterators.createArrayIterator(validate(this), 'values'); }
};

var inPlace = ['every', 'forEach', 'indexOf', 'join', 'lastIndexOf', 'reduce',
  'reduceRight', 'reverse', 'some'];
var fromArrayJs = ['at', 'copyWithin', 'fill', 'find', 'findIndex', 'findLast',
  'findLastIndex', 'includes'];

function from(source, mapFn, thisArg) {
  var C = typeof this === 'function' ? this : Uint8Array;
  var list = arrayModule.from.call(Array, source, mapFn, thisArg);
  var out = new C(list.length);
  for (var i = 0; i < list.length; i++) out[i] = list[i];
  return out;
}

function of() {
  var C = typeof this === 'function' ? this : Uint8Array;
  var out = new C(arguments.length);
  for (var i = 0; i < arguments.length; i++) out[i] = arguments[i];
  return out;
}

function install(global) {
  var all = {};
  var name;
  for (name in methods) all[name] = methods[name];
  for (var i = 0; i < inPlace.length; i++) all[inPlace[i]] = generic(inPlace[i], AP[inPlace[i]]);
  for (var j = 0; j < fromArrayJs.length; j++) {
    name = fromArrayJs[j];
    all[name] = generic(name, arrayModule.methods[name]);
  }
  common.defineMissing(TAP, all);
  if (!common.hasOwn(TAP, 'toString')) {   // inherited Object.prototype.toString
    common.defineValue(TAP, 'toString', AP.toString);
  }
  if (typeof TAP[Symbol.iterator] !== 'function') common.defineValue(TAP, Symbol.iterator, TAP.values);
  common.defineMissing(TypedArray, { from: from, of: of });
}

exports.install = install;
