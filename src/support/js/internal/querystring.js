// internal/querystring: percent-encoding helpers shared by querystring and url.
//
// What: the byte-level pieces of escaping and unescaping text in URLs.
// Interface:
//   hexTable[b]            '%XX' (upper case) for byte b
//   isHex(ch)              true for 0-9 A-F a-f
//   encodeStr(str, noEscape)  UTF-8 percent-encode every code point whose
//                          char code is >= 128 or whose noEscape[code] is not 1;
//                          throws ERR_INVALID_URI on a lone surrogate
//   percentDecodeBytes(str, plusIsSpace, truncate)  the bytes of str with each
//                          valid %XX decoded (invalid escapes kept as text);
//                          other chars are UTF-8 encoded, or with truncate
//                          cut to their low byte (Node's unescapeBuffer does)
//   utf8Decode(bytes)      bytes -> string, each invalid sequence becoming
//                          U+FFFD (the WHATWG decoder, like Buffer#toString)
// Invariants: pure functions, no Buffer dependence (url and querystring load
// before buffer in the layer order).
// Read first: encodeStr. Doc: api/querystring.md, api/url.md.
'use strict';

var errors = require('internal/errors');

var hexTable = new Array(256);
for (var i = 0; i < 256; i++) {
  hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();
}

function isHex(ch) {
  return /^[0-9A-Fa-f]$/.test(ch);
}

// Pushes the UTF-8 bytes of code point cp.
function pushUtf8(out, cp) {
  if (cp < 0x80) {
    out.push(cp);
  } else if (cp < 0x800) {
    out.push(0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
  } else {
    out.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F),
      0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
  }
}

// The code point at str[i] (a surrogate pair counts once), or -1 for a lone
// surrogate.
function codePointAt(str, i) {
  var c = str.charCodeAt(i);
  if (c < 0xD800 || c > 0xDFFF) return c;
  if (c > 0xDBFF || i + 1 >= str.length) return -1;
  var d = str.charCodeAt(i + 1);
  if (d < 0xDC00 || d > 0xDFFF) return -1;
  return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
}

function encodeStr(str, noEscape, loneSurrogate) {
  var out = '';
  var lastPos = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c < 0x80 && noEscape[c] === 1) continue;
    if (lastPos < i) out += str.slice(lastPos, i);
    var cp = codePointAt(str, i);
    if (cp === -1) {
      // WHATWG URL replaces; querystring throws.
      if (loneSurrogate !== 'replace') throw new errors.codes.ERR_INVALID_URI();
      cp = 0xFFFD;
    }
    var bytes = [];
    pushUtf8(bytes, cp);
    for (var j = 0; j < bytes.length; j++) out += hexTable[bytes[j]];
    if (cp > 0xFFFF) i++;
    lastPos = i + 1;
  }
  if (lastPos === 0) return str;
  return lastPos < str.length ? out + str.slice(lastPos) : out;
}

function percentDecodeBytes(str, plusIsSpace, truncate) {
  var bytes = [];
  for (var i = 0; i < str.length; i++) {
    var ch = str.charAt(i);
    if (ch === '%' && i + 2 < str.length && isHex(str.charAt(i + 1)) &&
        isHex(str.charAt(i + 2))) {
      bytes.push(parseInt(str.substr(i + 1, 2), 16));
      i += 2;
    } else if (ch === '+' && plusIsSpace) {
      bytes.push(0x20);
    } else if (truncate) {
      bytes.push(str.charCodeAt(i) & 0xFF);
    } else {
      var cp = codePointAt(str, i);
      pushUtf8(bytes, cp === -1 ? 0xFFFD : cp);
      if (cp > 0xFFFF) i++;
    }
  }
  return bytes;
}

// Continuation byte bounds for a lead byte (the WHATWG UTF-8 decoder).
function utf8Bounds(lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return [1, 0x80, 0xBF];
  if (lead === 0xE0) return [2, 0xA0, 0xBF];
  if (lead === 0xED) return [2, 0x80, 0x9F];
  if (lead >= 0xE1 && lead <= 0xEF) return [2, 0x80, 0xBF];
  if (lead === 0xF0) return [3, 0x90, 0xBF];
  if (lead === 0xF4) return [3, 0x80, 0x8F];
  if (lead >= 0xF1 && lead <= 0xF3) return [3, 0x80, 0xBF];
  return null;
}

function fromCodePoint(cp) {
  if (cp < 0x10000) return String.fromCharCode(cp);
  cp -= 0x10000;
  return String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
}

function utf8Decode(bytes) {
  var out = '';
  var i = 0;
  while (i < bytes.length) {
    var b = bytes[i++];
    if (b < 0x80) { out += String.fromCharCode(b); continue; }
    var bounds = utf8Bounds(b);
    if (bounds === null) { out += '\uFFFD'; continue; }
    var need = bounds[0];
    var cp = b & (need === 1 ? 0x1F : need === 2 ? 0x0F : 0x07);
    var lo = bounds[1], hi = bounds[2];
    var ok = true;
    for (var k = 0; k < need; k++) {
      var c = bytes[i];
      if (c === undefined || c < lo || c > hi) { ok = false; break; }
      cp = (cp << 6) | (c & 0x3F);
      lo = 0x80; hi = 0xBF;
      i++;
    }
    out += ok ? fromCodePoint(cp) : '\uFFFD';
  }
  return out;
}

module.exports = {
  hexTable: hexTable,
  isHex: isHex,
  encodeStr: encodeStr,
  percentDecodeBytes: percentDecodeBytes,
  utf8Decode: utf8Decode
};
