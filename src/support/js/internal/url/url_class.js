// internal/url/url_class: the WHATWG URL class (global `URL`).
//
// What: a URL record (internal/url/parser.js) behind the standard's
// accessors. Getters serialize parts of the record; setters re-run the part
// of the parser that owns that component, and quietly ignore invalid
// values, as the standard says (only the href setter throws).
// Interface: URL(input[, base]), its accessors href, origin, protocol,
// username, password, host, hostname, port, pathname, search, searchParams,
// hash; toString(), toJSON(); URL.canParse(input[, base]).
// Invariants: url.searchParams is one object for the URL's lifetime and
// stays in step with url.search in both directions.
// Read first: internal/url/parser.js. Doc: api/url.md § "Class: URL".
'use strict';

var P = require('internal/url/parser');
var hostParser = require('internal/url/host');
var sp = require('internal/url/search_params');
var errors = require('internal/errors');
var codes = errors.codes;

function parseOrThrow(input, base) {
  var baseRecord;
  if (base !== undefined) {
    baseRecord = P.parse(String(base));
    if (baseRecord === null) throw new codes.ERR_INVALID_URL(String(input), String(base));
  }
  var record = P.parse(String(input), baseRecord);
  if (record === null) {
    throw base === undefined ? new codes.ERR_INVALID_URL(String(input)) :
      new codes.ERR_INVALID_URL(String(input), String(base));
  }
  return record;
}

function URL(input, base) {
  if (!(this instanceof URL)) {
    throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  }
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
  var record = parseOrThrow(input, base);
  var self = this;
  var params = new sp.URLSearchParams();
  sp.replaceList(params, record.query || '');
  sp.link(params, function (query) {
    self._record.query = query === '' ? null : query;
  });
  Object.defineProperty(this, '_record', { value: record, writable: true });
  Object.defineProperty(this, '_params', { value: params });
}

URL.canParse = function canParse(input, base) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
  try {
    parseOrThrow(input, base);
    return true;
  } catch (e) {
    return false;
  }
};
URL.createObjectURL = function () { throw errors.notImplemented('URL.createObjectURL'); };
URL.revokeObjectURL = function () { throw errors.notImplemented('URL.revokeObjectURL'); };

function rec(self) {
  if (!(self instanceof URL)) throw new codes.ERR_INVALID_THIS('URL');
  return self._record;
}

function origin(r) {
  if (r.scheme === 'blob') {
    var inner = typeof r.path === 'string' ? P.parse(r.path) : null;
    return inner && (inner.scheme === 'http' || inner.scheme === 'https') ? origin(inner) : 'null';
  }
  if (!P.isSpecial(r.scheme) || r.scheme === 'file') return 'null';
  return r.scheme + '://' + r.host + (r.port !== null ? ':' + r.port : '');
}

function cannotHaveCredentials(r) { return r.host === null || r.host === '' || r.scheme === 'file'; }

// Host (and, with withPort, ':port') from a setter's value.
function setHost(r, value, withPort) {
  if (typeof r.path === 'string') return;
  var special = P.isSpecial(r.scheme);
  var end = value.search(special ? /[\/\\?#]/ : /[\/?#]/);
  if (end !== -1) value = value.slice(0, end);
  var colon = value.lastIndexOf(':');
  var port = null;
  if (colon !== -1 && value.indexOf(']', colon) === -1) {
    port = value.slice(colon + 1);
    value = value.slice(0, colon);
    if (!withPort) return;
  }
  if (value === '' && special) return;
  var h = value === '' ? '' : hostParser.parseHost(value, !special);
  if (h === null) return;
  r.host = r.scheme === 'file' && h === 'localhost' ? '' : h;
  if (port !== null && port !== '') setPortPrefix(r, port);
}

function setPortPrefix(r, value) {
  var digits = /^[0-9]*/.exec(value)[0];
  if (digits !== '') P.setPort(r, digits);
}

var accessors = {
  href: [function (r) { return P.serialize(r); }, function (value) {
    var record = parseOrThrow(value);
    this._record = record;
    sp.replaceList(this._params, record.query || '');
  }],
  origin: [origin],
  protocol: [function (r) { return r.scheme + ':'; }, function (value, r) {
    var m = /^([A-Za-z][A-Za-z0-9+\-.]*)(:|$)/.exec(value);
    if (!m) return;
    var scheme = m[1].toLowerCase();
    if (P.isSpecial(scheme) !== P.isSpecial(r.scheme)) return;
    if (scheme === 'file' && (r.username || r.password || r.port !== null)) return;
    if (r.scheme === 'file' && r.host === '') return;
    r.scheme = scheme;
    if (r.port === P.DEFAULT_PORTS[scheme + ':']) r.port = null;
  }],
  username: [function (r) { return r.username; }, function (value, r) {
    if (!cannotHaveCredentials(r)) r.username = P.encode(value, P.SETS.userinfo);
  }],
  password: [function (r) { return r.password; }, function (value, r) {
    if (!cannotHaveCredentials(r)) r.password = P.encode(value, P.SETS.userinfo);
  }],
  host: [function (r) {
    return r.host === null ? '' : r.host + (r.port !== null ? ':' + r.port : '');
  }, function (value, r) { setHost(r, value, true); }],
  hostname: [function (r) { return r.host === null ? '' : r.host; },
    function (value, r) { setHost(r, value, false); }],
  port: [function (r) { return r.port === null ? '' : String(r.port); }, function (value, r) {
    if (cannotHaveCredentials(r)) return;
    if (value === '') r.port = null;
    else setPortPrefix(r, value);
  }],
  pathname: [function (r) { return P.serializePath(r, false); }, function (value, r) {
    if (typeof r.path === 'string') return;
    var special = P.isSpecial(r.scheme);
    r.path = [];
    if (value === '' && !special) return;
    if (value.charAt(0) === '/' || (special && value.charAt(0) === '\\')) value = value.slice(1);
    P.parsePath(r, value);
  }],
  search: [function (r) { return r.query ? '?' + r.query : ''; }, function (value, r) {
    if (value.charAt(0) === '?') value = value.slice(1);
    var set = P.isSpecial(r.scheme) ? P.SETS.specialQuery : P.SETS.query;
    r.query = value === '' ? null : P.encode(value, set);
    sp.replaceList(this._params, value);
  }],
  searchParams: [function () { return this._params; }],
  hash: [function (r) { return r.fragment ? '#' + r.fragment : ''; }, function (value, r) {
    if (value.charAt(0) === '#') value = value.slice(1);
    r.fragment = value === '' ? null : P.encode(value, P.SETS.fragment);
  }]
};

Object.keys(accessors).forEach(function (name) {
  var get = accessors[name][0], set = accessors[name][1];
  var desc = {
    get: function () { return get.call(this, rec(this)); },
    enumerable: true, configurable: true
  };
  if (set) desc.set = function (value) { set.call(this, String(value), rec(this)); };
  Object.defineProperty(URL.prototype, name, desc);
});

URL.prototype.toString = function toString() { return P.serialize(rec(this)); };
URL.prototype.toJSON = function toJSON() { return P.serialize(rec(this)); };
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// util.inspect(url): URL { href: ..., origin: ..., ..., hash: '' }
Object.defineProperty(URL.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value: function (depth, options, inspect) {
    var Shown = function URL() {}; // same name, without this hook
    var shown = new Shown();
    var self = this;
    Object.keys(accessors).forEach(function (name) {
      Object.defineProperty(shown, name, { value: self[name], enumerable: true });
    });
    if (typeof inspect !== 'function') return 'URL ' + JSON.stringify(this.href);
    return inspect(shown, options);
  },
  configurable: true, writable: true
});

module.exports = { URL: URL };
