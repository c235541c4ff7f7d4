// internal/url/search_params_iter: keys(), values(), entries() and
// [Symbol.iterator] of URLSearchParams, plus how util.inspect shows it.
//
// What: live iterators over the pair list (a pair appended during iteration
// is visited, as in Node), each itself iterable.
// Interface: install(URLSearchParams, check).
// Invariants: iterators read params._list at every next() call.
// Doc: api/url.md § "urlSearchParams.entries()".
'use strict';

var kInspect = Symbol.for('nodejs.util.inspect.custom');

function makeIterator(params, kind) {
  var index = 0;
  var it = {
    next: function next() {
      var list = params._list;
      if (index >= list.length) return { value: undefined, done: true };
      var pair = list[index++];
      var value = kind === 'keys' ? pair[0] : kind === 'values' ? pair[1] : [pair[0], pair[1]];
      return { value: value, done: false };
    }
  };
  it[Symbol.iterator] = function () { return it; };
  Object.defineProperty(it, Symbol.toStringTag, { value: 'URLSearchParams Iterator' });
  return it;
}

function install(URLSearchParams, check) {
  var proto = URLSearchParams.prototype;
  ['keys', 'values', 'entries'].forEach(function (kind) {
    Object.defineProperty(proto, kind, {
      value: function () { check(this); return makeIterator(this, kind); },
      writable: true, configurable: true, enumerable: true
    });
  });
  Object.defineProperty(proto, Symbol.iterator, {
    value: proto.entries, writable: true, configurable: true
  });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: 'URLSearchParams', configurable: true
  });
  // util.inspect: URLSearchParams { 'a' => '1', 'b' => '2' }
  Object.defineProperty(proto, kInspect, {
    value: function (depth, options, inspect) {
      var fmt = typeof inspect === 'function' ? inspect : JSON.stringify;
      var parts = this._list.map(function (p) { return fmt(p[0]) + ' => ' + fmt(p[1]); });
      return parts.length === 0 ? 'URLSearchParams {}' :
        'URLSearchParams { ' + parts.join(', ') + ' }';
    },
    configurable: true, writable: true
  });
}

module.exports = { install: install };
