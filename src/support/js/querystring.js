// querystring: parse and build 'a=1&b=2' strings (Node's `require('querystring')`).
//
// What: Node's legacy query-string codec. Unlike URLSearchParams it takes
// custom separators and a custom encoder/decoder, and parse() returns an
// object without a prototype whose repeated keys become arrays.
// Interface: parse(str[, sep[, eq[, options]]]) (alias decode),
// stringify(obj[, sep[, eq[, options]]]) (alias encode), escape(str),
// unescape(str), unescapeBuffer(str[, decodeSpaces]).
// Invariants: escape leaves exactly the unreserved set A-Z a-z 0-9 - . _ ~
// ! ' ( ) * unencoded; unescape never throws (malformed UTF-8 becomes U+FFFD).
// Read first: internal/querystring.js. Doc: api/querystring.md.
'use strict';

var internal = require('internal/querystring');

// 1 = leave as is (the same set encodeURIComponent leaves alone).
var noEscape = [];
(function () {
  var keep = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*";
  for (var i = 0; i < keep.length; i++) noEscape[keep.charCodeAt(i)] = 1;
})();

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return internal.encodeStr(str, noEscape);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return internal.utf8Decode(internal.percentDecodeBytes(s, decodeSpaces, true));
  }
}

function unescapeBuffer(s, decodeSpaces) {
  return Buffer.from(internal.percentDecodeBytes(String(s), decodeSpaces, true));
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  var fields = [];
  var keys = Object.keys(obj);
  for (var i = 0; i < keys.length; i++) {
    var v = obj[keys[i]];
    var ks = encode(stringifyPrimitive(keys[i])) + eq;
    if (Array.isArray(v)) {
      for (var j = 0; j < v.length; j++) fields.push(ks + encode(stringifyPrimitive(v[j])));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

// parse() is a one-pass scanner, like Node's, so that its quirks match:
// a '%XX' is looked for once per key and once per value (decoding is skipped
// when none is seen), a partial separator match does not reset a partial
// '=' match, and maxKeys counts empty pairs too.
function Scanner(qs, sep, eq, decode, maxKeys) {
  this.qs = qs;
  this.sep = sep;
  this.eq = eq;
  this.decode = decode;
  this.custom = decode !== qsUnescape;
  this.plus = this.custom ? '%20' : ' ';
  this.pairs = maxKeys > 0 ? maxKeys : -1;
  this.obj = Object.create(null);
  this.lastPos = 0;
  this.sepIdx = 0;
  this.eqIdx = 0;
  this.resetPair();
}

Scanner.prototype.resetPair = function () {
  this.key = '';
  this.value = '';
  this.keyEncoded = this.valEncoded = this.custom;
  this.encodeCheck = 0;
  this.sepIdx = this.eqIdx = 0;
};

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch (e) {
    return qsUnescape(s, true);
  }
}

Scanner.prototype.store = function () {
  var key = this.key, value = this.value;
  if (key.length > 0 && this.keyEncoded) key = decodeStr(key, this.decode);
  if (value.length > 0 && this.valEncoded) value = decodeStr(value, this.decode);
  var cur = this.obj[key];
  if (cur === undefined) this.obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else this.obj[key] = [cur, value];
};

// Tracks whether a valid %XX has been seen; returns true once it has.
Scanner.prototype.checkEncoded = function (ch) {
  if (ch === '%') {
    this.encodeCheck = 1;
  } else if (this.encodeCheck > 0) {
    if (internal.isHex(ch)) return ++this.encodeCheck === 3;
    this.encodeCheck = 0;
  }
  return false;
};

// A full separator ends at i. Returns false when maxKeys is reached.
Scanner.prototype.endPair = function (i) {
  var end = i - this.sepIdx + 1;
  if (this.eqIdx < this.eq.length) {
    if (this.lastPos < end) {
      this.key += this.qs.slice(this.lastPos, end);
    } else if (this.key.length === 0) {
      this.lastPos = i + 1;
      this.sepIdx = this.eqIdx = 0;
      return --this.pairs !== 0; // an empty pair still counts
    }
  } else if (this.lastPos < end) {
    this.value += this.qs.slice(this.lastPos, end);
  }
  this.store();
  if (--this.pairs === 0) return false;
  this.resetPair();
  this.lastPos = i + 1;
  return true;
};

// One character of a key (returns true if consumed) .
Scanner.prototype.keyChar = function (ch, i) {
  if (ch === this.eq.charAt(this.eqIdx)) {
    if (++this.eqIdx === this.eq.length) {
      var end = i - this.eqIdx + 1;
      if (this.lastPos < end) this.key += this.qs.slice(this.lastPos, end);
      this.encodeCheck = 0;
      this.lastPos = i + 1;
    }
    return true;
  }
  this.eqIdx = 0;
  if (!this.keyEncoded && (ch === '%' || this.encodeCheck > 0)) {
    var wasChecking = ch === '%' || internal.isHex(ch);
    if (this.checkEncoded(ch)) this.keyEncoded = true;
    if (wasChecking) return true;
  }
  if (ch === '+') {
    if (this.lastPos < i) this.key += this.qs.slice(this.lastPos, i);
    this.key += this.plus;
    this.lastPos = i + 1;
    return true;
  }
  return false;
};

Scanner.prototype.valueChar = function (ch, i) {
  if (ch === '+') {
    if (this.lastPos < i) this.value += this.qs.slice(this.lastPos, i);
    this.value += this.plus;
    this.lastPos = i + 1;
  } else if (!this.valEncoded && this.checkEncoded(ch)) {
    this.valEncoded = true;
  }
};

Scanner.prototype.run = function () {
  var qs = this.qs;
  for (var i = 0; i < qs.length; i++) {
    var ch = qs.charAt(i);
    if (ch === this.sep.charAt(this.sepIdx)) {
      if (++this.sepIdx === this.sep.length && !this.endPair(i)) return this.obj;
      continue;
    }
    this.sepIdx = 0;
    if (this.eqIdx < this.eq.length && this.keyChar(ch, i)) continue;
    this.valueChar(ch, i);
  }
  if (this.lastPos < qs.length) {
    if (this.eqIdx < this.eq.length) this.key += qs.slice(this.lastPos);
    else if (this.sepIdx < this.sep.length) this.value += qs.slice(this.lastPos);
  } else if (this.eqIdx === 0 && this.key.length === 0) {
    return this.obj;
  }
  this.store();
  return this.obj;
};

function parse(qs, sep, eq, options) {
  if (typeof qs !== 'string' || qs.length === 0) return Object.create(null);
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  var maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  var decode = qsUnescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  return new Scanner(qs, sep, eq, decode, maxKeys).run();
}

module.exports = {
  unescapeBuffer: unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify: stringify,
  encode: stringify,
  parse: parse,
  decode: parse
};
