// internal/util/comparisons: deep equality for assert and util.isDeepStrictEqual.
//
// What: the two comparisons Node's assert documents: strict (Object.is on
// primitives, same prototype, same [[Class]], own enumerable string and
// symbol keys) and loose/legacy (== on primitives, prototypes ignored).
// Interface: isDeepEqual(a, b), isDeepStrictEqual(a, b).
// Invariants: never throws for any pair of values; terminates on circular
// structures (a pair already being compared counts as equal, like Node's
// memos); Map and Set are the globals of the moment (minode's polyfills).
// Read first: innerDeepEqual, then objEquiv.
// Doc: api/assert.md § "Comparison details" (both modes).
// Simplified from Node: unordered Set/Map entries that are objects are
// matched greedily (first deep-equal candidate wins); Error `cause` and
// `errors` are not compared (Node v20 compares only name and message too).
'use strict';

var toStr = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}
function isMap(v) { return typeof Map === 'function' && v instanceof Map; }
function isSet(v) { return typeof Set === 'function' && v instanceof Set; }
function isBoxed(tag) {
  return tag === '[object Number]' || tag === '[object String]' ||
    tag === '[object Boolean]' || tag === '[object Symbol]' || tag === '[object BigInt]';
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (a !== a && b !== b); // NaN equals NaN here too
}

// Own enumerable keys; strict mode adds enumerable own symbols.
function ownKeys(obj, strict) {
  var keys = Object.keys(obj);
  if (strict && typeof Object.getOwnPropertySymbols === 'function') {
    var syms = Object.getOwnPropertySymbols(obj);
    for (var i = 0; i < syms.length; i++) {
      if (Object.prototype.propertyIsEnumerable.call(obj, syms[i])) keys.push(syms[i]);
    }
  }
  return keys;
}

function innerDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (!isObjectLike(a) || !isObjectLike(b)) {
    if (isObjectLike(a) || isObjectLike(b)) return false;
    return primitiveEqual(a, b, strict);
  }
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var tag = toStr.call(a);
  if (tag !== toStr.call(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  for (var i = 0; i < memo.a.length; i++) {
    if (memo.a[i] === a && memo.b[i] === b) return true; // cycle: already comparing
  }
  if (!sameSpecialValue(a, b, tag, strict)) return false;
  memo.a.push(a);
  memo.b.push(b);
  var result = objEquiv(a, b, strict, memo);
  memo.a.pop();
  memo.b.pop();
  return result;
}

// Dates, RegExps, Errors, boxed primitives and byte views carry state that
// is not in their enumerable keys.
function sameSpecialValue(a, b, tag, strict) {
  if (tag === '[object Date]') {
    var ta = a.getTime(), tb = b.getTime();
    return ta === tb || (ta !== ta && tb !== tb);
  }
  if (tag === '[object RegExp]') {
    return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
  }
  if (a instanceof Error || b instanceof Error || tag === '[object Error]') {
    if (!(a instanceof Error) || !(b instanceof Error)) return false;
    if (a.message !== b.message || a.name !== b.name) return false;
  }
  if (isBoxed(tag)) return Object.is(a.valueOf(), b.valueOf());
  if (typeof ArrayBuffer === 'function' && ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) return false;
    var ua = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    var ub = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    if (!strict && a.length === b.length && !(a instanceof Uint8Array)) {
      for (var k = 0; k < a.length; k++) if (!primitiveEqual(a[k], b[k], false)) return false;
      return true;
    }
    for (var j = 0; j < ua.length; j++) if (ua[j] !== ub[j]) return false;
  }
  if (tag === '[object ArrayBuffer]') {
    if (a.byteLength !== b.byteLength) return false;
    return sameSpecialValue(new Uint8Array(a), new Uint8Array(b), '', strict);
  }
  return true;
}

function objEquiv(a, b, strict, memo) {
  var isView = typeof ArrayBuffer === 'function' && ArrayBuffer.isView(a);
  var ka = ownKeys(a, strict), kb = ownKeys(b, strict);
  if (isView) { ka = nonIndexKeys(ka); kb = nonIndexKeys(kb); }
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) {
    var key = ka[i];
    if (!hasOwn.call(b, key)) return false;
    if (strict && typeof key === 'symbol' &&
        !Object.prototype.propertyIsEnumerable.call(b, key)) return false;
  }
  if (Array.isArray(a) && a.length !== b.length) return false;
  for (var j = 0; j < ka.length; j++) {
    if (!innerDeepEqual(a[ka[j]], b[ka[j]], strict, memo)) return false;
  }
  if (isSet(a)) return isSet(b) && setEquiv(a, b, strict, memo);
  if (isMap(a)) return isMap(b) && mapEquiv(a, b, strict, memo);
  return !(isSet(b) || isMap(b));
}

function nonIndexKeys(keys) {
  return keys.filter(function (k) { return typeof k !== 'string' || !/^\d+$/.test(k); });
}

function toList(collection, pairs) {
  var out = [];
  collection.forEach(function (value, key) { out.push(pairs ? [key, value] : value); });
  return out;
}

// Finds, among the not-yet-used entries of list, one equal to value.
function takeMatch(list, used, value, strict, memo, valueOf) {
  for (var i = 0; i < list.length; i++) {
    if (used[i]) continue;
    if (valueOf(list[i], value)) { used[i] = true; return true; }
  }
  return false;
}

function setEquiv(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  var listA = toList(a, false), listB = toList(b, false), used = [];
  // Exact hits first, so that a greedy object match cannot steal them.
  var rest = [];
  for (var i = 0; i < listA.length; i++) {
    var idx = listB.indexOf(listA[i]);
    if (idx !== -1 && !used[idx] && (listA[i] === listA[i])) used[idx] = true;
    else rest.push(listA[i]);
  }
  for (var j = 0; j < rest.length; j++) {
    if (!takeMatch(listB, used, rest[j], strict, memo, function (x, y) {
      return innerDeepEqual(y, x, strict, memo);
    })) return false;
  }
  return true;
}

function mapEquiv(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  var listA = toList(a, true), listB = toList(b, true), used = [];
  for (var i = 0; i < listA.length; i++) {
    var entry = listA[i];
    if (!takeMatch(listB, used, entry, strict, memo, function (x, y) {
      return (x[0] === y[0] || innerDeepEqual(y[0], x[0], strict, memo)) &&
        innerDeepEqual(y[1], x[1], strict, memo);
    })) return false;
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false, { a: [], b: [] });
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, { a: [], b: [] });
}

module.exports = {
  isDeepEqual: isDeepEqual,
  isDeepStrictEqual: isDeepStrictEqual
};
