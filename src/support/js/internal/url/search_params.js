// internal/url/search_params: URLSearchParams (application/x-www-form-urlencoded).
//
// What: an ordered list of [name, value] string pairs with the standard's
// methods. When created by a URL, it is linked both ways: changing the
// params rewrites url.search, and setting url.search re-parses the list.
// Interface: URLSearchParams class; parseForm(str) -> pairs;
// serializeForm(pairs) -> string; link(params, onChange) (used by URL).
// Invariants: names and values are USVStrings (lone surrogates become
// U+FFFD); the list is the single source of truth, toString() derives from it.
// Read first: the constructor. Doc: api/url.md § "Class: URLSearchParams".
'use strict';

var qs = require('internal/querystring');
var codes = require('internal/errors').codes;

var FORM_KEEP = (function () {
  var set = [];
  var keep = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._';
  for (var i = 0; i < keep.length; i++) set[keep.charCodeAt(i)] = 1;
  return set;
})();

function toUSV(v) {
  return String(v).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    function (m, pre) { return (pre || '') + '\uFFFD'; });
}

function decodeForm(s) {
  return qs.utf8Decode(qs.percentDecodeBytes(s, true));
}

function parseForm(str) {
  var pairs = [];
  var parts = str.split('&');
  for (var i = 0; i < parts.length; i++) {
    if (parts[i] === '') continue;
    var eq = parts[i].indexOf('=');
    var name = eq === -1 ? parts[i] : parts[i].slice(0, eq);
    var value = eq === -1 ? '' : parts[i].slice(eq + 1);
    pairs.push([decodeForm(name), decodeForm(value)]);
  }
  return pairs;
}

function encodeForm(s) {
  return qs.encodeStr(s, FORM_KEEP, 'replace').replace(/%20/g, '+');
}

function serializeForm(pairs) {
  var out = [];
  for (var i = 0; i < pairs.length; i++) {
    out.push(encodeForm(pairs[i][0]) + '=' + encodeForm(pairs[i][1]));
  }
  return out.join('&');
}

// Collects the values an iterable yields (arrays, Map, Set, any iterator).
function iterate(iterable, what) {
  var method = iterable[Symbol.iterator];
  if (typeof method !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE(what);
  var it = method.call(iterable);
  var out = [];
  for (var step = it.next(); !step.done; step = it.next()) out.push(step.value);
  return out;
}

function pairsFromInit(init) {
  if (init === undefined || init === null) return [];
  if (typeof init !== 'object' && typeof init !== 'function') {
    var s = String(init);
    return parseForm(s.charAt(0) === '?' ? s.slice(1) : s);
  }
  if (init[Symbol.iterator] !== undefined) {
    return iterate(init, 'Query pairs').map(function (pair) {
      if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      }
      var items = iterate(pair, 'Each query pair');
      if (items.length !== 2) throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      return [toUSV(items[0]), toUSV(items[1])];
    });
  }
  return Object.keys(init).map(function (key) { return [toUSV(key), toUSV(init[key])]; });
}

function URLSearchParams(init) {
  if (!(this instanceof URLSearchParams)) {
    throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  }
  Object.defineProperty(this, '_list', { value: pairsFromInit(init), writable: true });
  Object.defineProperty(this, '_onChange', { value: null, writable: true });
}

function check(self) {
  if (!(self instanceof URLSearchParams)) throw new codes.ERR_INVALID_THIS('URLSearchParams');
}
function changed(self) { if (self._onChange) self._onChange(serializeForm(self._list)); }

var proto = URLSearchParams.prototype;

proto.append = function append(name, value) {
  check(this);
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
  this._list.push([toUSV(name), toUSV(value)]);
  changed(this);
};

proto['delete'] = function (name, value) {
  check(this);
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
  name = toUSV(name);
  if (value !== undefined) value = toUSV(value);
  this._list = this._list.filter(function (p) {
    return !(p[0] === name && (value === undefined || p[1] === value));
  });
  changed(this);
};

proto.get = function get(name) {
  check(this);
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
  name = toUSV(name);
  for (var i = 0; i < this._list.length; i++) if (this._list[i][0] === name) return this._list[i][1];
  return null;
};

proto.getAll = function getAll(name) {
  check(this);
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
  name = toUSV(name);
  return this._list.filter(function (p) { return p[0] === name; })
    .map(function (p) { return p[1]; });
};

proto.has = function has(name, value) {
  check(this);
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('name');
  name = toUSV(name);
  if (value !== undefined) value = toUSV(value);
  return this._list.some(function (p) {
    return p[0] === name && (value === undefined || p[1] === value);
  });
};

// Replaces the first pair named name and drops the others.
proto.set = function set(name, value) {
  check(this);
  if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('name', 'value');
  name = toUSV(name);
  value = toUSV(value);
  var found = false;
  this._list = this._list.filter(function (p) {
    if (p[0] !== name) return true;
    if (found) return false;
    found = true;
    p[1] = value;
    return true;
  });
  if (!found) this._list.push([name, value]);
  changed(this);
};

// Stable sort by name, comparing UTF-16 code units.
proto.sort = function sort() {
  check(this);
  var indexed = this._list.map(function (p, i) { return [p, i]; });
  indexed.sort(function (a, b) {
    if (a[0][0] === b[0][0]) return a[1] - b[1];
    return a[0][0] < b[0][0] ? -1 : 1;
  });
  this._list = indexed.map(function (x) { return x[0]; });
  changed(this);
};

proto.forEach = function forEach(callback, thisArg) {
  check(this);
  if (typeof callback !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  for (var i = 0; i < this._list.length; i++) {
    callback.call(thisArg, this._list[i][1], this._list[i][0], this);
  }
};

proto.toString = function toString() {
  check(this);
  return serializeForm(this._list);
};

Object.defineProperty(proto, 'size', {
  get: function () { check(this); return this._list.length; },
  enumerable: true, configurable: true
});

require('internal/url/search_params_iter').install(URLSearchParams, check);

function link(params, onChange) { params._onChange = onChange; }
function replaceList(params, query) { params._list = parseForm(query); }

module.exports = {
  URLSearchParams: URLSearchParams,
  parseForm: parseForm,
  serializeForm: serializeForm,
  link: link,
  replaceList: replaceList
};
