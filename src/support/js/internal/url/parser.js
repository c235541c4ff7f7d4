// internal/url/parser: the WHATWG URL parser, as a few readable steps.
//
// What: parse(input, base) -> URL record { scheme, username, password,
// host (null | string), port (null | number), path (array of segments, or a
// string for an opaque path like 'mailto:x'), query (null | string),
// fragment (null | string) }, or null on failure; serialize(record).
// The steps follow the standard's state machine: scheme, then authority
// (userinfo, host, port), path, query, fragment; relative input is resolved
// against base while parsing.
// Interface: parse, serialize, parsePath(record, input) (the pathname
// setter), encode(str, set), SETS (percent-encode sets), isSpecial,
// DEFAULT_PORTS.
// Invariants: a record returned by parse() always serializes to a string
// that parse() maps to an equal record (the standard's idempotence).
// Read first: parse, then parseAfterScheme. Doc: api/url.md;
// https://url.spec.whatwg.org/#concept-basic-url-parser.
// Simplified: Windows drive-letter quirks of file: URLs are not handled.
'use strict';

var qs = require('internal/querystring');
var host = require('internal/url/host');

var DEFAULT_PORTS = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };

function isSpecial(scheme) { return Object.prototype.hasOwnProperty.call(DEFAULT_PORTS, scheme + ':'); }

// A percent-encode set is the list of printable ASCII code units it keeps.
function makeSet(parent, extra) {
  var set = parent.slice();
  for (var i = 0; i < extra.length; i++) set[extra.charCodeAt(i)] = 0;
  return set;
}
var SETS = {};
SETS.c0 = host.C0_CONTROL_SET;
SETS.fragment = makeSet(SETS.c0, ' "<>`');
SETS.query = makeSet(SETS.c0, ' "#<>');
SETS.specialQuery = makeSet(SETS.query, "'");
SETS.path = makeSet(SETS.query, '?`{}');
SETS.userinfo = makeSet(SETS.path, '/:;=@[\\]^|');

function encode(str, set) { return qs.encodeStr(str, set, 'replace'); }

function isSlash(ch, special) { return ch === '/' || (special && ch === '\\'); }

function isDoubleDot(seg) { return /^(\.|%2e)(\.|%2e)$/i.test(seg); }
function isSingleDot(seg) { return seg === '.' || /^%2e$/i.test(seg); }

// Appends the segments of a path string to record.path, resolving '.' and
// '..' (standard: "path state"). input has no query or fragment.
function parsePath(record, input) {
  var special = isSpecial(record.scheme);
  var segments = special ? input.split(/[\/\\]/) : input.split('/');
  for (var i = 0; i < segments.length; i++) {
    var seg = segments[i];
    var last = i === segments.length - 1;
    if (isDoubleDot(seg)) {
      if (record.path.length > 0) record.path.pop();
      if (last) record.path.push('');
    } else if (isSingleDot(seg)) {
      if (last) record.path.push('');
    } else {
      record.path.push(encode(seg, SETS.path));
    }
  }
}

function newRecord(scheme) {
  return { scheme: scheme, username: '', password: '', host: null, port: null,
    path: [], query: null, fragment: null };
}

// Splits off '#fragment' and '?query' from rest, storing them encoded.
function takeQueryAndFragment(record, rest) {
  var hash = rest.indexOf('#');
  if (hash !== -1) {
    record.fragment = encode(rest.slice(hash + 1), SETS.fragment);
    rest = rest.slice(0, hash);
  }
  var q = rest.indexOf('?');
  if (q !== -1) {
    var set = isSpecial(record.scheme) ? SETS.specialQuery : SETS.query;
    record.query = encode(rest.slice(q + 1), set);
    rest = rest.slice(0, q);
  }
  return rest;
}

// Parses "user:pass@host:port"; returns false on failure.
function parseAuthority(record, authority) {
  var special = isSpecial(record.scheme);
  var at = authority.lastIndexOf('@');
  if (at !== -1) {
    var userinfo = authority.slice(0, at);
    var colon = userinfo.indexOf(':');
    record.username = encode(colon === -1 ? userinfo : userinfo.slice(0, colon), SETS.userinfo);
    if (colon !== -1) record.password = encode(userinfo.slice(colon + 1), SETS.userinfo);
    authority = authority.slice(at + 1);
    if (authority === '') return false;
  }
  var portAt = authority.lastIndexOf(':');
  if (portAt !== -1 && authority.indexOf(']', portAt) === -1) {
    if (portAt === 0) return false; // ':80' without a host
    if (!setPort(record, authority.slice(portAt + 1))) return false;
    authority = authority.slice(0, portAt);
  }
  if (authority === '') {
    if (special || at !== -1 || record.port !== null) return false;
    record.host = '';
    return true;
  }
  var h = host.parseHost(authority, !special);
  if (h === null) return false;
  record.host = h;
  return true;
}

function setPort(record, portString) {
  if (portString === '') return true;
  if (!/^[0-9]+$/.test(portString)) return false;
  var port = parseInt(portString, 10);
  if (port > 65535) return false;
  record.port = port === DEFAULT_PORTS[record.scheme + ':'] ? null : port;
  return true;
}

// "//authority/path?query#fragment" after the scheme (or from the base).
function parseWithAuthority(record, rest) {
  var special = isSpecial(record.scheme);
  var end = rest.search(special ? /[\/\\?#]/ : /[\/?#]/);
  if (end === -1) end = rest.length;
  if (record.scheme === 'file') {
    var h = rest.slice(0, end);
    var parsed = h === '' ? '' : host.parseHost(h, false);
    if (parsed === null) return null;
    record.host = parsed === 'localhost' ? '' : parsed;
  } else if (!parseAuthority(record, rest.slice(0, end))) {
    return null;
  }
  return parsePathStart(record, rest.slice(end));
}

// Path after the authority: special URLs always get at least one segment.
function parsePathStart(record, rest) {
  var special = isSpecial(record.scheme);
  rest = takeQueryAndFragment(record, rest);
  if (rest === '') {
    if (special) record.path.push('');
    return record;
  }
  if (isSlash(rest.charAt(0), special)) rest = rest.slice(1);
  parsePath(record, rest);
  return record;
}

function copyAuthority(record, base) {
  record.username = base.username;
  record.password = base.password;
  record.host = base.host;
  record.port = base.port;
}

// Input without a scheme of its own (or the same special scheme as base).
function parseRelative(record, rest, base) {
  var special = isSpecial(record.scheme);
  if (isSlash(rest.charAt(0), special)) {
    if (isSlash(rest.charAt(1), special)) {
      return parseWithAuthority(record, rest.replace(special ? /^[\/\\]+/ : /^\/\//, ''));
    }
    copyAuthority(record, base);
    return parsePathStart(record, rest);
  }
  copyAuthority(record, base);
  record.path = base.path.slice();
  if (rest === '' || rest.charAt(0) === '?' || rest.charAt(0) === '#') {
    record.query = base.query;
    if (rest === '') return record;
    if (rest.charAt(0) === '?') record.query = null;
    takeQueryAndFragment(record, rest);
    return record;
  }
  record.path.pop();
  parsePath(record, takeQueryAndFragment(record, rest));
  return record;
}

function parseAfterScheme(record, rest, base) {
  var special = isSpecial(record.scheme);
  if (record.scheme === 'file') {
    // Exactly two slashes start the host (a third ends it: 'file:///p').
    if (/^[\/\\]{2}/.test(rest)) return parseWithAuthority(record, rest.slice(2));
    if (base && base.scheme === 'file') return parseRelative(record, rest, base);
    record.host = '';
    return parsePathStart(record, rest);
  }
  if (special) {
    if (base && base.scheme === record.scheme && !isSlash(rest.charAt(0), true)) {
      return parseRelative(record, rest, base);
    }
    if (base && base.scheme === record.scheme && !isSlash(rest.charAt(1), true)) {
      return parseRelative(record, rest, base);
    }
    return parseWithAuthority(record, rest.replace(/^[\/\\]*/, ''));
  }
  if (rest.slice(0, 2) === '//') return parseWithAuthority(record, rest.slice(2));
  if (rest.charAt(0) === '/') return parsePathStart(record, rest);
  // Opaque path ('mailto:a@b', 'javascript:x'): kept as one string.
  rest = takeQueryAndFragment(record, rest);
  record.path = encode(rest, SETS.c0);
  return record;
}

function parse(input, base) {
  input = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  var m = /^([A-Za-z][A-Za-z0-9+\-.]*):/.exec(input);
  if (m) return parseAfterScheme(newRecord(m[1].toLowerCase()), input.slice(m[0].length), base);
  if (!base) return null;
  var record = newRecord(base.scheme);
  if (typeof base.path === 'string') {
    if (input.charAt(0) !== '#') return null;
    copyAuthority(record, base);
    record.path = base.path;
    record.query = base.query;
    record.fragment = encode(input.slice(1), SETS.fragment);
    return record;
  }
  if (base.scheme === 'file') return parseAfterScheme(record, input, base);
  return parseRelative(record, input, base);
}

// href (not pathname) guards a path starting '//' without a host with '/.'.
function serializePath(record, forHref) {
  if (typeof record.path === 'string') return record.path;
  var out = '';
  if (forHref && record.host === null && record.path.length > 1 && record.path[0] === '') {
    out = '/.';
  }
  for (var i = 0; i < record.path.length; i++) out += '/' + record.path[i];
  return out;
}

function serialize(record, excludeFragment) {
  var out = record.scheme + ':';
  if (record.host !== null) {
    out += '//';
    if (record.username !== '' || record.password !== '') {
      out += record.username + (record.password !== '' ? ':' + record.password : '') + '@';
    }
    out += record.host + (record.port !== null ? ':' + record.port : '');
  }
  out += serializePath(record, true);
  if (record.query !== null) out += '?' + record.query;
  if (!excludeFragment && record.fragment !== null) out += '#' + record.fragment;
  return out;
}

module.exports = {
  parse: parse,
  serialize: serialize,
  serializePath: serializePath,
  parsePath: parsePath,
  setPort: setPort,
  encode: encode,
  SETS: SETS,
  isSpecial: isSpecial,
  DEFAULT_PORTS: DEFAULT_PORTS
};
