// internal/builtins/map_set: Map and Set.
//
// What: the two keyed collections, their iterators and forEach, over the
// insertion-ordered table in ordered_table.js.
//
// Interface: install(global) defines global Map and Set (only if absent);
// exports Map, Set, and isMap(v)/isSet(v) for util.inspect and
// structuredClone, and mapEntries(m)/setValues(s) (arrays, for the same).
//
// Invariants:
//   * A Map's table lives on the instance under a hidden key (MAP_DATA; a
//     Set's under SET_DATA), which is also the brand check: Map methods on a
//     Set throw "incompatible receiver", as in V8.
//   * Map/Set may be called on an object that inherits their prototype and
//     is not yet initialized (`Map.call(this)`), so ES5-style subclasses and
//     the lowering of `class X extends Map` work; a plain call throws.
//   * new Map(iterable) calls this.set for each entry (new Set: this.add),
//     unless it is the original method, which is then inlined.
//
// Read first: ordered_table.js.  Spec: ECMAScript 2023 §24.1, §24.2.
'use strict';

var common = require('internal/builtins/common');
var iterators = require('internal/builtins/iterators');
var table = require('internal/builtins/ordered_table');

var MAP_DATA = common.hiddenKey('MapData');
var SET_DATA = common.hiddenKey('SetData');
var IT_TABLE = common.hiddenKey('collectionIteratorTable');
var IT_ENTRY = common.hiddenKey('collectionIteratorEntry');
var IT_KIND = common.hiddenKey('collectionIteratorKind');
var KEYS = 0;
var VALUES = 1;
var ENTRIES = 2;

function incompatible(what, self) {
  return new TypeError('Method ' + what + ' called on incompatible receiver ' +
                       common.describe(self));
}

function dataOf(self, slot, what) {
  var t = self === null || self === undefined ? undefined : self[slot];
  if (t === undefined) throw incompatible(what, self);
  return t;
}

// --- Iterators ------------------------------------------------------------

function makeIteratorPrototype(tag) {
  var proto = Object.create(iterators.IteratorPrototype);
  common.defineValue(proto, 'next', function next() {
    var t = this[IT_TABLE];
    if (t === undefined) throw incompatible(tag + '.prototype.next', this);
    var e = this[IT_ENTRY];
    if (e === null) return { value: undefined, done: true };
    e = table.after(t, e);
    this[IT_ENTRY] = e;
    if (e === null) return { value: undefined, done: true };
    var kind = this[IT_KIND];
    return {
      value: kind === KEYS ? e.key : kind === VALUES ? e.value : [e.key, e.value],
      done: false
    };
  });
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
  return proto;
}

var MapIteratorPrototype = makeIteratorPrototype('Map Iterator');
var SetIteratorPrototype = makeIteratorPrototype('Set Iterator');

function createIterator(proto, t, kind) {
  var it = Object.create(proto);
  it[IT_TABLE] = t;
  it[IT_ENTRY] = t.head;
  it[IT_KIND] = kind;
  return it;
}

function forEachEntry(t, callback, thisArg, self) {
  if (typeof callback !== 'function') {
    throw new TypeError(common.describe(callback) + ' is not a function');
  }
  for (var e = table.first(t); e !== null; e = table.after(t, e)) {
    callback.call(thisArg, e.value, e.key, self);
  }
}

function fill(self, iterable, adderName, original, addEntry) {
  var adder = self[adderName];
  if (typeof adder !== 'function') {
    throw new TypeError("'" + common.describe(adder) + "' returned for property '" +
                        adderName + "' of object '" + common.describe(self) +
                        "' is not a function");
  }
  iterators.iterate(iterable, function (item) {
    addEntry(self, adder === original ? null : adder, item);
  });
}

// --- Map ------------------------------------------------------------------

function Map(iterable) {
  if (!(this instanceof Map) || this[MAP_DATA] !== undefined) {
    throw new TypeError("Constructor Map requires 'new'");
  }
  this[MAP_DATA] = new table.Table();
  if (iterable !== undefined && iterable !== null) {
    fill(this, iterable, 'set', mapSet, addMapEntry);
  }
}

function addMapEntry(map, adder, entry) {
  if (!common.isObject(entry)) {
    throw new TypeError('Iterator value ' + common.describe(entry) + ' is not an entry object');
  }
  if (adder === null) table.set(map[MAP_DATA], entry[0], entry[1]);
  else adder.call(map, entry[0], entry[1]);
}

function mapGet(key) {
  var e = table.find(dataOf(this, MAP_DATA, 'Map.prototype.get'), key);
  return e === undefined ? undefined : e.value;
}

function mapSet(key, value) {
  table.set(dataOf(this, MAP_DATA, 'Map.prototype.set'), key, value);
  return this;
}

var mapMethods = {
  get: mapGet,
  set: mapSet,
  has: function has(key) {
    return table.find(dataOf(this, MAP_DATA, 'Map.prototype.has'), key) !== undefined;
  },
  'delete': function (key) {
    return table.remove(dataOf(this, MAP_DATA, 'Map.prototype.delete'), key);
  },
  clear: function clear() {
    table.clear(dataOf(this, MAP_DATA, 'Map.prototype.clear'));
  },
  forEach: function forEach(callback, thisArg) {
    forEachEntry(dataOf(this, MAP_DATA, 'Map.prototype.forEach'), callback, thisArg, this);
  },
  keys: function keys() {
    return createIterator(MapIteratorPrototype, dataOf(this, MAP_DATA, 'Map.prototype.keys'), KEYS);
  },
  values: function values() {
    return createIterator(MapIteratorPrototype, dataOf(this, MAP_DATA, 'Map.prototype.values'), VALUES);
  },
  entries: function entries() {
    return createIterator(MapIteratorPrototype, dataOf(this, MAP_DATA, 'Map.prototype.entries'), ENTRIES);
  }
};

// --- Set ------------------------------------------------------------------

function Set(iterable) {
  if (!(this instanceof Set) || this[SET_DATA] !== undefined) {
    throw new TypeError("Constructor Set requires 'new'");
  }
  this[SET_DATA] = new table.Table();
  if (iterable !== undefined && iterable !== null) {
    fill(this, iterable, 'add', setAdd, addSetValue);
  }
}

function addSetValue(set, adder, value) {
  if (value === 0) value = 0;  // -0 is stored as +0 (SameValueZero; spec: Set.prototype.add step 4)
  if (adder === null) table.set(set[SET_DATA], value, value);
  else adder.call(set, value);
}

function setAdd(value) {
  var t = dataOf(this, SET_DATA, 'Set.prototype.add');
  if (value === 0) value = 0;  // -0 is stored as +0 (spec: Set.prototype.add step 4)
  if (table.find(t, value) === undefined) table.set(t, value, value);
  return this;
}

function setValues() {
  return createIterator(SetIteratorPrototype, dataOf(this, SET_DATA, 'Set.prototype.values'), VALUES);
}

var setMethods = {
  add: setAdd,
  has: function has(value) {
    return table.find(dataOf(this, SET_DATA, 'Set.prototype.has'), value) !== undefined;
  },
  'delete': function (value) {
    return table.remove(dataOf(this, SET_DATA, 'Set.prototype.delete'), value);
  },
  clear: function clear() {
    table.clear(dataOf(this, SET_DATA, 'Set.prototype.clear'));
  },
  forEach: function forEach(callback, thisArg) {
    forEachEntry(dataOf(this, SET_DATA, 'Set.prototype.forEach'), callback, thisArg, this);
  },
  values: setValues,
  keys: setValues,
  entries: function entries() {
    return createIterator(SetIteratorPrototype, dataOf(this, SET_DATA, 'Set.prototype.entries'), ENTRIES);
  }
};

// --- Installation and helpers for util/structuredClone --------------------

function installClass(global, name, Ctor, methods, slot, iteratorName) {
  var proto = Ctor.prototype;
  for (var k in methods) common.defineValue(proto, k, methods[k]);
  common.defineValue(proto, Symbol.iterator, methods[iteratorName]);
  common.defineGetter(proto, 'size', function () {
    return dataOf(this, slot, 'get ' + name + '.prototype.size').size;
  });
  Object.defineProperty(proto, Symbol.toStringTag, { value: name, configurable: true });
  common.defineGetter(Ctor, Symbol.species, function () { return this; });
  common.defineValue(global, name, Ctor);
}

function install(global) {
  if (typeof global.Map !== 'function') installClass(global, 'Map', Map, mapMethods, MAP_DATA, 'entries');
  if (typeof global.Set !== 'function') installClass(global, 'Set', Set, setMethods, SET_DATA, 'values');
}

function isMap(v) { return common.isObject(v) && v[MAP_DATA] !== undefined; }
function isSet(v) { return common.isObject(v) && v[SET_DATA] !== undefined; }

function collect(t, pairs) {
  var out = [];
  for (var e = table.first(t); e !== null; e = table.after(t, e)) {
    out.push(pairs ? [e.key, e.value] : e.key);
  }
  return out;
}

exports.install = install;
exports.Map = Map;
exports.Set = Set;
exports.isMap = isMap;
exports.isSet = isSet;
exports.mapEntries = function (m) { return collect(dataOf(m, MAP_DATA, 'mapEntries'), true); };
exports.setValues = function (s) { return collect(dataOf(s, SET_DATA, 'setValues'), false); };
