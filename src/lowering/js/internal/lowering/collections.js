// Map, Set and WeakMap for the transpilers when the runtime has none yet.
//
// What: acorn's JSX plugin and Bublé's regexpu need Map/Set/WeakMap, which
// Duktape lacks. If the global ones exist (src/builtins), they are used;
// otherwise these small linear-time stand-ins, enough for the transpilers'
// use (a few hundred entries, constructor from an array of entries).
// Interface: { Map, Set, WeakMap } (the generated transpiler modules start
// with `var Map = require('internal/lowering/collections').Map, ...`).
// Invariants: never installed as globals: user code must not see them.
// Read first: tools/fetch-transpiler.cmake (how the bundles are wrapped).
'use strict';

function MiniMap(entries) {
  this._keys = [];
  this._values = [];
  this.size = 0;
  for (var i = 0; entries && i < entries.length; i++) this.set(entries[i][0], entries[i][1]);
}
MiniMap.prototype.set = function (k, v) {
  var i = this._keys.indexOf(k);
  if (i === -1) { this._keys.push(k); this._values.push(v); this.size++; } else this._values[i] = v;
  return this;
};
MiniMap.prototype.get = function (k) {
  var i = this._keys.indexOf(k);
  return i === -1 ? undefined : this._values[i];
};
MiniMap.prototype.has = function (k) { return this._keys.indexOf(k) !== -1; };
MiniMap.prototype['delete'] = function (k) {
  var i = this._keys.indexOf(k);
  if (i === -1) return false;
  this._keys.splice(i, 1); this._values.splice(i, 1); this.size--;
  return true;
};
MiniMap.prototype.forEach = function (fn, self) {
  for (var i = 0; i < this._keys.length; i++) fn.call(self, this._values[i], this._keys[i], this);
};

function MiniSet(values) {
  this._map = new MiniMap();
  this.size = 0;
  for (var i = 0; values && i < values.length; i++) this.add(values[i]);
}
MiniSet.prototype.add = function (v) { this._map.set(v, true); this.size = this._map.size; return this; };
MiniSet.prototype.has = function (v) { return this._map.has(v); };
MiniSet.prototype['delete'] = function (v) { var r = this._map['delete'](v); this.size = this._map.size; return r; };
MiniSet.prototype.forEach = function (fn, self) {
  var set = this;
  this._map.forEach(function (_, k) { fn.call(self, k, k, set); });
};

var g = Function('return this')();
module.exports = {
  Map: typeof g.Map === 'function' ? g.Map : MiniMap,
  Set: typeof g.Set === 'function' ? g.Set : MiniSet,
  WeakMap: typeof g.WeakMap === 'function' ? g.WeakMap : MiniMap
};
