// internal/builtins/ordered_table: the hash table under Map and Set.
// STARTER (exercises/01b-map-order): a naive version. It keeps the entries
// in an array and finds a key by scanning it, so it is O(n) per operation,
// and it gets three things wrong that the exercise's tests find:
//   * keys are compared with ===, so NaN never finds NaN (SameValueZero says
//     it should) and -0 is stored as -0;
//   * removing the entry an iterator stands on loses the iterator's place;
//   * it is O(n), so a Map of many keys is O(n^2) to fill.
// The interface is the real one: map_set.js calls it unchanged.
//
// Interface:
//   new Table()
//   find(t, key) -> entry | undefined       entry: {key, value, removed}
//   set(t, key, value), remove(t, key) -> bool, clear(t)
//   first(t), after(t, entry) -> entry | null   iteration: `entry` is the
//                                               last one returned, or t.head
//                                               to start; null at the end
//
// Invariants: t.list holds the live entries in insertion order; t.size is
//   its length. t.head is a marker entry that is never in the list.
//
// Read first: map_set.js (the caller); exercises/01b-map-order/README.md.
'use strict';

function Entry(key, value) {
  this.key = key;
  this.value = value;
  this.removed = false;
}

function Table() {
  this.head = new Entry(undefined, undefined);
  this.list = [];
  this.size = 0;
}

function indexOfKey(t, key) {
  for (var i = 0; i < t.list.length; i++) {
    if (t.list[i].key === key) return i;
  }
  return -1;
}

function find(t, key) {
  var i = indexOfKey(t, key);
  return i === -1 ? undefined : t.list[i];
}

function set(t, key, value) {
  var e = find(t, key);
  if (e !== undefined) {
    e.value = value;
    return;
  }
  t.list.push(new Entry(key, value));
  t.size = t.list.length;
}

function remove(t, key) {
  var i = indexOfKey(t, key);
  if (i === -1) return false;
  var e = t.list[i];
  t.list.splice(i, 1);
  e.removed = true;
  e.value = undefined;
  t.size = t.list.length;
  return true;
}

function clear(t) {
  for (var i = 0; i < t.list.length; i++) {
    t.list[i].removed = true;
    t.list[i].value = undefined;
  }
  t.list = [];
  t.size = 0;
}

// The entry after `e` (t.head: the first), or null at the end.
function after(t, e) {
  var i = e === t.head ? 0 : t.list.indexOf(e) + 1;
  return i < t.list.length ? t.list[i] : null;
}

function first(t) {
  return after(t, t.head);
}

exports.Table = Table;
exports.find = find;
exports.set = set;
exports.remove = remove;
exports.clear = clear;
exports.first = first;
exports.after = after;
