// internal/builtins/array: the ES2015+ Array methods Duktape lacks.
//
// What: Array.from/of; find, findIndex, findLast, findLastIndex, includes,
// fill, copyWithin, flat, flatMap, at, toReversed, toSorted, toSpliced, with.
// (entries/keys/values and @@iterator are in iterators.js.)
//
// Interface: install(global); exports `from` (used by typed arrays too).
//
// Invariants:
//   * Every method is generic like the spec's: it works on any array-like
//     `this` (Object(this), ToLength(length)), and skips nothing the spec
//     visits (holes read as undefined, as in find/includes).
//   * Only missing methods are defined (common.defineMissing).
//
// Read first: common.js, iterators.js.  Spec: ECMAScript 2023 §23.1.
'use strict';

var common = require('internal/builtins/common');
var iterators = require('internal/builtins/iterators');

var toLength = common.toLength;
var toInteger = common.toInteger;
var relativeIndex = common.relativeIndex;

function toObject(self, name) {
  if (self === null || self === undefined) {
    throw new TypeError('Array.prototype.' + name + ' called on null or undefined');
  }
  return Object(self);
}

function requireFunction(fn) {
  if (typeof fn !== 'function') throw new TypeError(common.describe(fn) + ' is not a function');
}

function isConstructor(C) {
  return typeof C === 'function' && C !== from && C !== of;
}

// @anchor array-from
function from(items, mapFn, thisArg) {
  if (mapFn !== undefined) requireFunction(mapFn);
  var C = isConstructor(this) && this !== Array ? this : null;
  var out = C === null ? [] : new C();
  var n = 0;
  var usesIterator = items !== null && items !== undefined &&
    (typeof items[Symbol.iterator] === 'function' ||
     Object.prototype.toString.call(items) === '[object Arguments]');
  if (usesIterator) {
    iterators.iterate(items, function (v) {
      out[n] = mapFn === undefined ? v : mapFn.call(thisArg, v, n);
      n++;
    });
  } else {
    var src = Object(items);
    var len = toLength(src.length);
    if (C !== null) out = new C(len);
    for (; n < len; n++) out[n] = mapFn === undefined ? src[n] : mapFn.call(thisArg, src[n], n);
  }
  out.length = n;
  return out;
}

function of() {
  var C = isConstructor(this) && this !== Array ? this : null;
  var out = C === null ? new Array(arguments.length) : new C(arguments.length);
  for (var i = 0; i < arguments.length; i++) out[i] = arguments[i];
  out.length = arguments.length;
  return out;
}

function findFrom(O, predicate, thisArg, forward) {
  requireFunction(predicate);
  var len = toLength(O.length);
  for (var k = 0; k < len; k++) {
    var i = forward ? k : len - 1 - k;
    if (predicate.call(thisArg, O[i], i, O)) return i;
  }
  return -1;
}

function sameValueZero(a, b) {
  return a === b || (a !== a && b !== b);
}

// Flattens `src` into `out` down to `depth` levels (FlattenIntoArray).
function flatten(out, src, depth, mapFn, thisArg) {
  var len = toLength(src.length);
  for (var i = 0; i < len; i++) {
    if (!(i in src)) continue;
    var v = mapFn === undefined ? src[i] : mapFn.call(thisArg, src[i], i, src);
    if (depth > 0 && Array.isArray(v)) flatten(out, v, depth - 1, undefined, undefined);
    else out.push(v);
  }
  return out;
}

function copyOf(O) {
  var len = toLength(O.length);
  var out = new Array(len);
  for (var i = 0; i < len; i++) out[i] = O[i];
  return out;
}

var methods = {
  find: function find(predicate, thisArg) {
    var O = toObject(this, 'find');
    var i = findFrom(O, predicate, thisArg, true);
    return i < 0 ? undefined : O[i];
  },
  findIndex: function findIndex(predicate, thisArg) {
    return findFrom(toObject(this, 'findIndex'), predicate, thisArg, true);
  },
  findLast: function findLast(predicate, thisArg) {
    var O = toObject(this, 'findLast');
    var i = findFrom(O, predicate, thisArg, false);
    return i < 0 ? undefined : O[i];
  },
  findLastIndex: function findLastIndex(predicate, thisArg) {
    return findFrom(toObject(this, 'findLastIndex'), predicate, thisArg, false);
  },
  includes: function includes(search, fromIndex) {
    var O = toObject(this, 'includes');
    var len = toLength(O.length);
    for (var i = relativeIndex(fromIndex, len, 0); i < len; i++) {
      if (sameValueZero(O[i], search)) return true;
    }
    return false;
  },
  fill: function fill(value, start, end) {
    var O = toObject(this, 'fill');
    var len = toLength(O.length);
    var last = relativeIndex(end, len, len);
    for (var i = relativeIndex(start, len, 0); i < last; i++) O[i] = value;
    return O;
  },
  copyWithin: function copyWithin(target, start, end) {
    var O = toObject(this, 'copyWithin');
    var len = toLength(O.length);
    var to = relativeIndex(target, len, 0);
    var fromI = relativeIndex(start, len, 0);
    var count = Math.min(relativeIndex(end, len, len) - fromI, len - to);
    var dir = 1;
    if (fromI < to && to < fromI + count) {   // overlapping: copy backwards
      dir = -1;
      fromI += count - 1;
      to += count - 1;
    }
    for (; count > 0; count--, fromI += dir, to += dir) {
      if (fromI in O) O[to] = O[fromI];
      else delete O[to];
    }
    return O;
  },
  flat: function flat(depth) {
    var d = depth === undefined ? 1 : toInteger(depth);
    return flatten([], toObject(this, 'flat'), d, undefined, undefined);
  },
  flatMap: function flatMap(mapFn, thisArg) {
    requireFunction(mapFn);
    return flatten([], toObject(this, 'flatMap'), 1, mapFn, thisArg);
  },
  at: function at(index) {
    var O = toObject(this, 'at');
    var len = toLength(O.length);
    var k = toInteger(index);
    if (k < 0) k += len;
    return k < 0 || k >= len ? undefined : O[k];
  },
  toReversed: function toReversed() {
    return copyOf(toObject(this, 'toReversed')).reverse();
  },
  toSorted: function toSorted(compareFn) {
    if (compareFn !== undefined) requireFunction(compareFn);
    return copyOf(toObject(this, 'toSorted')).sort(compareFn);
  },
  toSpliced: function toSpliced(start, skipCount) {
    var out = copyOf(toObject(this, 'toSpliced'));
    out.splice.apply(out, arguments.length === 1 ? [start] : arguments);
    return out;
  },
  'with': function (index, value) {
    var out = copyOf(toObject(this, 'with'));
    var k = toInteger(index);
    if (k < 0) k += out.length;
    if (k < 0 || k >= out.length) throw new RangeError('Invalid index : ' + index);
    out[k] = value;
    return out;
  }
};

function install(global) {
  common.defineMissing(Array, { from: from, of: of });
  common.defineMissing(Array.prototype, methods);
}

exports.install = install;
exports.from = from;
exports.methods = methods;
exports.sameValueZero = sameValueZero;
