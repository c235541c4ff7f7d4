// internal/builtins/iterators: the iteration protocol for built-in objects.
//
// What: %IteratorPrototype%, the Array and String iterators, Symbol.iterator
// on Array.prototype / String.prototype / typed arrays, and two helpers the
// other built-ins (Map, Set, Promise.all, Array.from) and the syntax lowering
// (for-of, spread) use to walk any iterable.
//
// Interface:
//   install(global)
//   createArrayIterator(arrayLike, kind)   kind: 'keys' | 'values' | 'entries'
//   arrayValues                             the function installed as
//                                           Array.prototype.values and @@iterator
//   getIterator(iterable)                   spec GetIterator; also accepts
//                                           `arguments` objects (see below)
//   iterate(iterable, fn)                   calls fn(value) for each value; if
//                                           fn returns BREAK, stops (closing
//                                           the iterator); closes it on throw
//   BREAK, iterResult(value, done)
//
// Invariants:
//   * iterate() over a plain array whose iteration behaviour is untouched
//     (Array.prototype[Symbol.iterator] and %ArrayIteratorPrototype%.next are
//     the originals) is an index loop: no iterator or result objects. This
//     is the hot path for Promise.all, new Map(array), Array.from(array) and
//     the lowered for-of; a naive iterator costs two objects per element.
//   * minode differs: Duktape creates `arguments` objects with
//     Object.prototype as prototype and no own @@iterator, so
//     `arguments[Symbol.iterator]` is undefined. getIterator()/iterate()
//     (and so for-of, spread, Array.from) treat them as arrays anyway.
//
// Read first: common.js.  Spec: ECMAScript §27.1 (Iteration), §23.1.5
// (Array iterators), §22.1.5 (String iterators).
'use strict';

var common = require('internal/builtins/common');
var defineValue = common.defineValue;

var ITERATOR = Symbol.iterator;
var TARGET = common.hiddenKey('iteratedObject');
var INDEX = common.hiddenKey('iteratorIndex');
var KIND = common.hiddenKey('iterationKind');
var KEYS = 0;
var VALUES = 1;
var ENTRIES = 2;
var BREAK = {};
var toStr = Object.prototype.toString;

function iterResult(value, done) {
  return { value: value, done: done };
}

var IteratorPrototype = {};
defineValue(IteratorPrototype, ITERATOR, function () { return this; });

// --- Array iterator -------------------------------------------------------

var ArrayIteratorPrototype = Object.create(IteratorPrototype);

function ArrayIterator(target, kind) {
  this[TARGET] = target;
  this[INDEX] = 0;
  this[KIND] = kind;
}
ArrayIterator.prototype = ArrayIteratorPrototype;

function arrayIteratorNext() {
  var kind = this[KIND];
  if (kind === undefined) {
    throw new TypeError('Method Array Iterator.prototype.next called on ' +
                        'incompatible receiver ' + common.describe(this));
  }
  var a = this[TARGET];
  if (a === undefined) return { value: undefined, done: true };
  var i = this[INDEX];
  if (i >= a.length) {
    this[TARGET] = undefined;   // exhausted iterators stay exhausted
    return { value: undefined, done: true };
  }
  this[INDEX] = i + 1;
  if (kind === VALUES) return { value: a[i], done: false };
  if (kind === KEYS) return { value: i, done: false };
  return { value: [i, a[i]], done: false };
}
defineValue(ArrayIteratorPrototype, 'next', arrayIteratorNext);

function createArrayIterator(target, kind) {
  return new ArrayIterator(Object(target), kind === 'keys' ? KEYS :
                           kind === 'entries' ? ENTRIES : VALUES);
}

function requireObject(self, name) {
  if (self === null || self === undefined) {
    throw new TypeError('Array.prototype.' + name + ' called on null or undefined');
  }
  return Object(self);
}

function arrayValues() { return new ArrayIterator(requireObject(this, 'values'), VALUES); }
function arrayKeys() { return new ArrayIterator(requireObject(this, 'keys'), KEYS); }
function arrayEntries() { return new ArrayIterator(requireObject(this, 'entries'), ENTRIES); }

// --- String iterator (by code point) --------------------------------------

var StringIteratorPrototype = Object.create(IteratorPrototype);

function StringIterator(s) {
  this[TARGET] = s;
  this[INDEX] = 0;
}
StringIterator.prototype = StringIteratorPrototype;

defineValue(StringIteratorPrototype, 'next', function next() {
  var s = this[TARGET];
  if (typeof s !== 'string') return { value: undefined, done: true };
  var i = this[INDEX];
  if (i >= s.length) {
    this[TARGET] = undefined;
    return { value: undefined, done: true };
  }
  var c = s.charCodeAt(i);
  var n = 1;
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
    var d = s.charCodeAt(i + 1);
    if (d >= 0xDC00 && d <= 0xDFFF) n = 2;
  }
  this[INDEX] = i + n;
  return { value: n === 1 ? s.charAt(i) : s.substr(i, 2), done: false };
});

function stringIterator() {
  if (this === null || this === undefined) {
    throw new TypeError('String.prototype[Symbol.iterator] called on null or undefined');
  }
  return new StringIterator(String(this));
}

// --- Walking iterables ----------------------------------------------------

function isArguments(v) {
  return toStr.call(v) === '[object Arguments]';
}

function notIterable(v) {
  var what = v === undefined || v === null ? String(v) : common.describeTyped(v);
  return new TypeError(what + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}

function getIterator(iterable) {
  var method = iterable === null || iterable === undefined ? undefined : iterable[ITERATOR];
  if (typeof method !== 'function') {
    if (isArguments(iterable)) return new ArrayIterator(iterable, VALUES);
    throw notIterable(iterable);
  }
  var it = method.call(iterable);
  if (!common.isObject(it)) {
    throw new TypeError('Result of the Symbol.iterator method is not an object');
  }
  return it;
}

// True when walking `v` by index is indistinguishable from the protocol.
function isPlainArrayWalk(v) {
  return Array.isArray(v) && v[ITERATOR] === arrayValues &&
    ArrayIteratorPrototype.next === arrayIteratorNext;
}

function closeIterator(it) {
  var ret = it['return'];
  if (typeof ret === 'function') ret.call(it);
}

function iterateProtocol(it, fn) {
  var next = it.next;
  for (;;) {
    var step = next.call(it);
    if (!common.isObject(step)) {
      throw new TypeError('Iterator result ' + common.describe(step) + ' is not an object');
    }
    if (step.done) return;
    var r;
    try {
      r = fn(step.value);
    } catch (err) {
      try { closeIterator(it); } catch (ignored) { /* the first error wins */ }
      throw err;
    }
    if (r === BREAK) {
      closeIterator(it);
      return;
    }
  }
}

function iterate(iterable, fn) {
  if (isPlainArrayWalk(iterable) || (isArguments(iterable) &&
      typeof iterable[ITERATOR] !== 'function')) {
    for (var i = 0; i < iterable.length; i++) {
      if (fn(iterable[i]) === BREAK) return;
    }
    return;
  }
  iterateProtocol(getIterator(iterable), fn);
}

function install(global) {
  var AP = Array.prototype;
  common.defineMissing(AP, { values: arrayValues, keys: arrayKeys, entries: arrayEntries });
  if (typeof AP[ITERATOR] !== 'function') defineValue(AP, ITERATOR, AP.values);
  if (typeof String.prototype[ITERATOR] !== 'function') {
    defineValue(String.prototype, ITERATOR, stringIterator);
  }
  var tag = Symbol.toStringTag;
  Object.defineProperty(ArrayIteratorPrototype, tag, { value: 'Array Iterator', configurable: true });
  Object.defineProperty(StringIteratorPrototype, tag, { value: 'String Iterator', configurable: true });
}

exports.install = install;
exports.IteratorPrototype = IteratorPrototype;
exports.createArrayIterator = createArrayIterator;
exports.arrayValues = arrayValues;
exports.arrayKeys = arrayKeys;
exports.arrayEntries = arrayEntries;
exports.getIterator = getIterator;
exports.iterate = iterate;
exports.closeIterator = closeIterator;
exports.iterResult = iterResult;
exports.BREAK = BREAK;
