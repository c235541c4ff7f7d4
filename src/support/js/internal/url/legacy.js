// internal/url/legacy: Node's legacy URL API (url.parse / url.format / Url).
//
// What: the pre-WHATWG parser Node kept for compatibility. It is lenient:
// it never resolves '.' segments, keeps relative URLs relative, lower-cases
// protocol and hostname, and escapes a few unsafe characters in the path.
// Interface: Url (the result class), urlParse(url, parseQueryString,
// slashesDenoteHost), formatLegacy(urlObject) (= Url.prototype.format).
// Invariants: every field of a Url is a string or null (query may be an
// object when parseQueryString is true); href is always format().
// Read first: Url.prototype.parse. Doc: api/url.md § "Legacy URL API".
'use strict';

var querystring = require('querystring');
var host = require('internal/url/host');
var qsInternal = require('internal/querystring');
var codes = require('internal/errors').codes;

var SLASHED = { 'http': 1, 'http:': 1, 'https': 1, 'https:': 1, 'ftp': 1, 'ftp:': 1,
  'gopher': 1, 'gopher:': 1, 'file': 1, 'file:': 1, 'ws': 1, 'ws:': 1, 'wss': 1, 'wss:': 1 };
var HOSTLESS = { 'javascript': 1, 'javascript:': 1 };
var FORBIDDEN_HOST = /[\0\t\n\r #%\/:<>?@[\\\]^|]/;
var FORBIDDEN_HOST_V6 = /[\0\t\n\r #%\/<>?@\\^|]/;
var AUTH_KEEP = (function () {
  var set = [];
  var keep = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*:";
  for (var i = 0; i < keep.length; i++) set[keep.charCodeAt(i)] = 1;
  return set;
})();

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function has(table, key) { return Object.prototype.hasOwnProperty.call(table, key); }
function isIPv6(h) { return h.charAt(0) === '[' && h.charAt(h.length - 1) === ']'; }

// Trim, and turn backslashes before the query/fragment into slashes.
function clean(url) {
  var rest = url.replace(/^[\s\u00A0\uFEFF]+|[\s\u00A0\uFEFF]+$/g, '');
  var cut = rest.search(/[?#]/);
  if (cut === -1) cut = rest.length;
  return rest.slice(0, cut).replace(/\\/g, '/') + rest.slice(cut);
}

function autoEscape(rest) {
  return rest.replace(/[\t\n\r "'<>\\^`{|}]/g, function (c) {
    return qsInternal.hexTable[c.charCodeAt(0)];
  });
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('url', 'string', url);
  var rest = clean(url);
  if (!slashesDenoteHost && !/[#@]/.test(rest)) {
    var simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
    if (simple) return this.parseSimple(rest, simple, parseQueryString);
  }
  var proto = /^[a-z0-9.+-]+:/i.exec(rest);
  var lowerProto = '';
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }
  var slashes = false;
  if (slashesDenoteHost || proto || /^\/\/[^@\/]+@[^@\/]+/.test(rest)) {
    slashes = rest.slice(0, 2) === '//';
    if (slashes && !(proto && has(HOSTLESS, lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!has(HOSTLESS, lowerProto) && (slashes || (proto && !has(SLASHED, proto)))) {
    rest = this.parseAuthority(rest, url);
  }
  if (!has(HOSTLESS, lowerProto)) rest = autoEscape(rest);
  this.parseRest(rest, parseQueryString, lowerProto);
  this.href = this.format();
  return this;
};

Url.prototype.parseSimple = function (rest, simple, parseQueryString) {
  this.path = rest;
  this.href = rest;
  this.pathname = simple[1];
  if (simple[2]) {
    this.search = simple[2];
    this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  return this;
};

// "auth@host:port" at the start of rest; returns what follows it.
Url.prototype.parseAuthority = function (rest, url) {
  var end = rest.search(/[#\/?]/);
  var scope = end === -1 ? rest : rest.slice(0, end);
  var at = scope.lastIndexOf('@');
  var start = 0;
  if (at !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  var nonHost = rest.slice(start).search(/[\t\n\r "%';<>\\^`{|}#\/?]/);
  var hostPart = nonHost === -1 ? rest.slice(start) : rest.slice(start, start + nonHost);
  rest = nonHost === -1 ? '' : rest.slice(start + nonHost);
  var port = /:[0-9]*$/.exec(hostPart);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    hostPart = hostPart.slice(0, hostPart.length - port[0].length);
  }
  var hostname = hostPart;
  var v6 = isIPv6(hostname);
  if (!v6) {
    var bad = hostname.search(/[\/\\#?:]/);
    if (bad !== -1) {
      rest = '/' + hostname.slice(bad) + rest;
      hostname = hostname.slice(0, bad);
    }
  }
  hostname = hostname.length > 255 ? '' : hostname.toLowerCase();
  if (hostname !== '') {
    if (!v6) hostname = host.domainToASCII(hostname);
    if ((v6 ? FORBIDDEN_HOST_V6 : FORBIDDEN_HOST).test(hostname)) {
      throw new codes.ERR_INVALID_URL(url);
    }
  }
  this.host = hostname + (this.port ? ':' + this.port : '');
  this.hostname = v6 ? hostname.slice(1, -1) : hostname;
  if (v6 && rest.charAt(0) !== '/') rest = '/' + rest;
  return rest;
};

// Splits "pathname?search#hash".
Url.prototype.parseRest = function (rest, parseQueryString, lowerProto) {
  var hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) {
    this.hash = rest.slice(hashIdx);
    rest = rest.slice(0, hashIdx);
  }
  var q = rest.indexOf('?');
  if (q !== -1) {
    this.search = rest.slice(q);
    this.query = rest.slice(q + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, q);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  if (rest.length > 0) this.pathname = rest;
  if (has(SLASHED, lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
};

Url.prototype.format = function format() {
  var auth = this.auth || '';
  if (auth) auth = qsInternal.encodeStr(auth, AUTH_KEEP) + '@';
  var protocol = this.protocol || '';
  var pathname = this.pathname || '';
  var hash = this.hash || '';
  var hostText = '';
  if (this.host) {
    hostText = auth + this.host;
  } else if (this.hostname) {
    var hn = this.hostname;
    hostText = auth + (hn.indexOf(':') !== -1 && !isIPv6(hn) ? '[' + hn + ']' : hn);
    if (this.port) hostText += ':' + this.port;
  }
  var query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  var search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol.charAt(protocol.length - 1) !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, function (c) { return c === '#' ? '%23' : '%3F'; });
  if (this.slashes || has(SLASHED, protocol)) {
    if (this.slashes || hostText) {
      if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
      hostText = '//' + hostText;
    } else if (/^file/i.test(protocol)) {
      hostText = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;
  return protocol + hostText + pathname + search + hash;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  var u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

module.exports = { Url: Url, urlParse: urlParse };
