// internal/builtins/weak: WeakMap and WeakSet.
//
// What: collections that do not keep their keys alive. ES5 has no weak
// references, so the classic inversion is used: each WeakMap owns a fresh
// hidden key, and the value is stored *on the key object* under it. The
// value then lives exactly as long as the key (what a WeakMap promises),
// and lookup is one own-property read.
//
// Interface: install(global) defines global WeakMap and WeakSet (if absent).
//
// Trade-offs (documented, deliberate):
//   * A value outlives a dropped WeakMap until its key dies (it is still
//     stored on the key).
//   * Keys that cannot carry a property (frozen, sealed, non-extensible)
//     fall back to a per-collection list: O(n), and these keys are held
//     strongly.
//   * Only objects are valid keys (Node 20: symbols are not).
//
// Invariants: the hidden key is never visible to user code (see
// common.hiddenKey); own-property checks keep a prototype's entry from
// being found through an object inheriting from it.
//
// Read first: ordered_table.js (the same hidden-key idea for Map).
// Spec: ECMAScript 2023 §24.3 (WeakMap), §24.4 (WeakSet).
'use strict';

var common = require('internal/builtins/common');
var iterators = require('internal/builtins/iterators');

var SLOT = common.hiddenKey('WeakCollectionKey');
var hasOwn = common.hasOwn;
var isExtensible = Object.isExtensible;
var isObject = common.isObject;

function init(self, Ctor, name) {
  if (!(self instanceof Ctor) || self[SLOT] !== undefined) {
    throw new TypeError('Constructor ' + name + " requires 'new'");
  }
  self[SLOT] = { key: common.hiddenKey(name + 'Entry'), keys: null, values: null };
}

function slotOf(self, what) {
  var s = isObject(self) ? self[SLOT] : undefined;
  if (s === undefined) {
    throw new TypeError('Method ' + what + ' called on incompatible receiver ' +
                        common.describe(self));
  }
  return s;
}

function listIndex(s, key) {
  return s.keys === null ? -1 : s.keys.indexOf(key);
}

function wmGet(s, key) {
  if (!isObject(key)) return undefined;
  if (hasOwn(key, s.key)) return key[s.key];
  var i = listIndex(s, key);
  return i < 0 ? undefined : s.values[i];
}

function wmHas(s, key) {
  if (!isObject(key)) return false;
  return hasOwn(key, s.key) || listIndex(s, key) >= 0;
}

function wmSet(s, key, value) {
  if (isExtensible(key) || hasOwn(key, s.key)) {
    key[s.key] = value;
    return;
  }
  var i = listIndex(s, key);
  if (i >= 0) {
    s.values[i] = value;
    return;
  }
  (s.keys || (s.keys = [])).push(key);
  (s.values || (s.values = [])).push(value);
}

function wmDelete(s, key) {
  if (!isObject(key)) return false;
  if (hasOwn(key, s.key)) return delete key[s.key];
  var i = listIndex(s, key);
  if (i < 0) return false;
  s.keys.splice(i, 1);
  s.values.splice(i, 1);
  return true;
}

function WeakMap(iterable) {
  init(this, WeakMap, 'WeakMap');
  if (iterable === undefined || iterable === null) return;
  var self = this;
  iterators.iterate(iterable, function (entry) {
    if (!isObject(entry)) {
      throw new TypeError('Iterator value ' + common.describe(entry) + ' is not an entry object');
    }
    self.set(entry[0], entry[1]);
  });
}

var weakMapMethods = {
  get: function get(key) { return wmGet(slotOf(this, 'WeakMap.prototype.get'), key); },
  has: function has(key) { return wmHas(slotOf(this, 'WeakMap.prototype.has'), key); },
  set: function set(key, value) {
    var s = slotOf(this, 'WeakMap.prototype.set');
    if (!isObject(key)) throw new TypeError('Invalid value used as weak map key');
    wmSet(s, key, value);
    return this;
  },
  'delete': function (key) { return wmDelete(slotOf(this, 'WeakMap.prototype.delete'), key); }
};

function WeakSet(iterable) {
  init(this, WeakSet, 'WeakSet');
  if (iterable === undefined || iterable === null) return;
  var self = this;
  iterators.iterate(iterable, function (value) { self.add(value); });
}

var weakSetMethods = {
  has: function has(value) { return wmHas(slotOf(this, 'WeakSet.prototype.has'), value); },
  add: function add(value) {
    var s = slotOf(this, 'WeakSet.prototype.add');
    if (!isObject(value)) throw new TypeError('Invalid value used in weak set');
    wmSet(s, value, true);
    return this;
  },
  'delete': function (value) { return wmDelete(slotOf(this, 'WeakSet.prototype.delete'), value); }
};

function installClass(global, name, Ctor, methods) {
  if (typeof global[name] === 'function') return;
  for (var k in methods) common.defineValue(Ctor.prototype, k, methods[k]);
  Object.defineProperty(Ctor.prototype, Symbol.toStringTag, { value: name, configurable: true });
  common.defineValue(global, name, Ctor);
}

function install(global) {
  installClass(global, 'WeakMap', WeakMap, weakMapMethods);
  installClass(global, 'WeakSet', WeakSet, weakSetMethods);
}

exports.install = install;
exports.WeakMap = WeakMap;
exports.WeakSet = WeakSet;
