// internal/builtins/ordered_table: the hash table under Map and Set.
//
// What: an insertion-ordered table with SameValueZero keys and O(1) average
// lookup, written in ES5, where the only hash table is the object property
// table, which is keyed by strings and symbols.
//
// Interface:
//   new Table()
//   find(t, key) -> entry | undefined       entry: {key, value, next, prev, removed}
//   set(t, key, value), remove(t, key) -> bool, clear(t)
//   first(t), after(t, entry) -> entry | null   iteration that survives
//                                               deletion and clear()
//
// How a key finds its entry (the trade-off, for the book):
//   * strings, numbers and the few other primitives live in a null-prototype
//     "dict" object per type, keyed by the value itself. Numbers become
//     property names, and String(-0) === '0' and String(NaN) === 'NaN': that
//     is exactly SameValueZero. Symbols are property keys as they are.
//   * ES5 cannot hash an object. So each object key gets a number, stored on
//     it under a hidden key (a Duktape hidden Symbol: invisible to
//     Object.keys, getOwnPropertySymbols, JSON and Proxy traps), and that
//     number indexes the object dict. Because the id could be inherited from
//     a prototype that is itself a key, a hit is confirmed with entry.key ===
//     key, and a new id is only reused when it is an own property.
//   * An object that cannot carry a property (frozen, sealed, non-extensible)
//     goes into a linear list instead: O(n), but correct.
//
// Invariants:
//   * Entries form a circular doubly-linked list through a sentinel `head`,
//     in insertion order. Removing an entry unlinks it but keeps its `prev`
//     pointer and sets `removed`; an iterator standing on it walks back
//     through `prev` to a live entry (or head) and continues from there, so
//     deletion during iteration never skips or repeats an entry. clear()
//     points every removed entry's prev at head.
//
// Read first: common.js.  Spec: ECMAScript 2023 §24.1 (Map), §24.2 (Set).
'use strict';

var common = require('internal/builtins/common');

var ID = common.hiddenKey('objectId');
var nextId = 1;
var isExtensible = Object.isExtensible;

function Entry(key, value) {
  this.key = key;
  this.value = value;
  this.next = null;
  this.prev = null;
  this.removed = false;
}

function Table() {
  var head = new Entry(undefined, undefined);
  head.next = head;
  head.prev = head;
  this.head = head;
  this.size = 0;
  this.str = null;     // string keys
  this.num = null;     // number keys
  this.obj = null;     // object keys, by id
  this.other = null;   // symbols, booleans, null, undefined
  this.sealed = null;  // entries whose object key cannot carry an id
}

function dict() {
  return Object.create(null);
}

function findSealed(t, key) {
  var list = t.sealed;
  if (list === null) return undefined;
  for (var i = 0; i < list.length; i++) {
    if (list[i].key === key) return list[i];
  }
  return undefined;
}

function findObject(t, key) {
  var id = key[ID];
  if (id !== undefined && t.obj !== null) {
    var e = t.obj[id];
    if (e !== undefined && e.key === key) return e;
  }
  return findSealed(t, key);
}

// @anchor table-find
function find(t, key) {
  switch (typeof key) {
    case 'string': return t.str === null ? undefined : t.str[key];
    case 'number': return t.num === null ? undefined : t.num[key];
    case 'object': if (key !== null) return findObject(t, key); break;
    case 'function': return findObject(t, key);
  }
  return t.other === null ? undefined : t.other[typeof key === 'symbol' ? key : String(key)];
}

// The object's own id, giving it one if it can carry one; 0 if it cannot.
function idFor(key) {
  var id = key[ID];
  if (id !== undefined && common.hasOwn(key, ID)) return id;
  if (!isExtensible(key)) return 0;
  id = nextId++;
  key[ID] = id;
  return id;
}

function index(t, e) {
  var key = e.key;
  switch (typeof key) {
    case 'string': (t.str || (t.str = dict()))[key] = e; return;
    case 'number': (t.num || (t.num = dict()))[key] = e; return;
    case 'object': if (key === null) break;
    // falls through: objects and functions
    case 'function':
      var id = idFor(key);
      if (id !== 0) (t.obj || (t.obj = dict()))[id] = e;
      else (t.sealed || (t.sealed = [])).push(e);
      return;
  }
  (t.other || (t.other = dict()))[typeof key === 'symbol' ? key : String(key)] = e;
}

function unindex(t, e) {
  var key = e.key;
  switch (typeof key) {
    case 'string': delete t.str[key]; return;
    case 'number': delete t.num[key]; return;
    case 'object': if (key === null) break;
    // falls through
    case 'function':
      if (t.obj !== null && t.obj[key[ID]] === e) delete t.obj[key[ID]];
      else t.sealed.splice(t.sealed.indexOf(e), 1);
      return;
  }
  delete t.other[typeof key === 'symbol' ? key : String(key)];
}

function set(t, key, value) {
  var e = find(t, key);
  if (e !== undefined) {
    e.value = value;
    return;
  }
  if (key === 0) key = 0;   // -0 becomes +0 (spec: Map.prototype.set step 5)
  e = new Entry(key, value);
  var head = t.head;
  e.prev = head.prev;
  e.next = head;
  head.prev.next = e;
  head.prev = e;
  t.size++;
  index(t, e);
}

function remove(t, key) {
  var e = find(t, key);
  if (e === undefined) return false;
  unindex(t, e);
  e.prev.next = e.next;
  e.next.prev = e.prev;
  e.removed = true;
  e.value = undefined;
  t.size--;
  return true;
}

function clear(t) {
  var head = t.head;
  for (var e = head.next; e !== head; e = e.next) {
    e.removed = true;
    e.value = undefined;
    e.prev = head;
  }
  head.next = head;
  head.prev = head;
  t.size = 0;
  t.str = t.num = t.obj = t.other = t.sealed = null;
}

// The live entry after `e` (an entry, possibly removed since, or head), or
// null at the end.
function after(t, e) {
  while (e.removed) e = e.prev;
  var n = e.next;
  return n === t.head ? null : n;
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
