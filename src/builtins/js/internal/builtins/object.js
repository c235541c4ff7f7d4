// internal/builtins/object: the ES2017+ Object statics Duktape lacks.
//
// What: Object.entries, values, fromEntries, getOwnPropertyDescriptors,
// hasOwn. (Duktape has assign, is, setPrototypeOf, getOwnPropertySymbols.)
//
// Interface: install(global).
// Invariants: entries/values follow Object.keys order and re-check that a
// key is still enumerable when it is reached (a getter may delete a later
// key), as EnumerableOwnProperties does.
//
// Read first: common.js.  Spec: ECMAScript 2023 §20.1.2.
'use strict';

var common = require('internal/builtins/common');
var iterators = require('internal/builtins/iterators');

var propertyIsEnumerable = Object.prototype.propertyIsEnumerable;

function toObject(v, name) {
  if (v === null || v === undefined) {
    throw new TypeError('Cannot convert undefined or null to object');
  }
  return Object(v);
}

function enumerableOwn(obj, kind) {
  var O = toObject(obj);
  var keys = Object.keys(O);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (!propertyIsEnumerable.call(O, k)) continue;
    out.push(kind === 'values' ? O[k] : [k, O[k]]);
  }
  return out;
}

function fromEntries(iterable) {
  if (iterable === null || iterable === undefined) {
    throw new TypeError(String(iterable) + ' is not iterable');
  }
  var out = {};
  iterators.iterate(iterable, function (entry) {
    if (!common.isObject(entry)) {
      throw new TypeError('Iterator value ' + common.describe(entry) + ' is not an entry object');
    }
    var key = entry[0];
    Object.defineProperty(out, typeof key === 'symbol' ? key : String(key), {
      value: entry[1], writable: true, enumerable: true, configurable: true
    });
  });
  return out;
}

function getOwnPropertyDescriptors(obj) {
  var O = toObject(obj);
  var keys = Reflect.ownKeys(O);
  var out = {};
  for (var i = 0; i < keys.length; i++) {
    var d = Object.getOwnPropertyDescriptor(O, keys[i]);
    if (d !== undefined) out[keys[i]] = d;
  }
  return out;
}

function hasOwn(obj, key) {
  return common.hasOwn(toObject(obj), key);
}

function install(global) {
  common.defineMissing(Object, {
    entries: function entries(obj) { return enumerableOwn(obj, 'entries'); },
    values: function values(obj) { return enumerableOwn(obj, 'values'); },
    fromEntries: fromEntries,
    getOwnPropertyDescriptors: getOwnPropertyDescriptors,
    hasOwn: hasOwn
  });
}

exports.install = install;
