// internal/buffer/encoding: encoding names, and what each encoding does.
//
// What: normalizeEncoding(name) maps Node's spellings ('UTF-8', 'ucs2',
// 'binary', ...) to a canonical name; getEncodingOps(name) returns the
// operations of that encoding (byteLength, write, slice, indexOf) as
// lib/buffer.js's encodingOps table does, each backed by the C++ binding.
// Interface: normalizeEncoding(enc) -> name | undefined,
//   getEncodingOps(enc) -> ops | undefined, encodingOps.utf8 (the default),
//   kEncodings (name -> the number C++ knows it by).
// Invariants: kEncodings must match enum Encoding in src/buffer/codec.hpp.
// byteLength for base64/hex is Node's arithmetic estimate (what
// Buffer.byteLength reports), not the exact decoded size.
// Read first: ../../buffer.js. Node: lib/buffer.js (encodingOps),
// lib/internal/util.js (normalizeEncoding).
// Node doc: buffer.md § "Buffers and character encodings".
'use strict';

var binding = internalBinding('buffer');

var kEncodings = {
  utf8: 0, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6
};

// The canonical name of an encoding, or undefined; null/undefined and ''
// mean utf8, as in Node.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

var aliases = {
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le',
  'utf16le': 'utf16le', 'utf-16le': 'utf16le', 'latin1': 'latin1',
  'binary': 'latin1', 'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex', 'ascii': 'ascii', '': 'utf8'
};

var hasOwn = Object.prototype.hasOwnProperty;

function slowCases(enc) {
  if (typeof enc !== 'string') return undefined;
  if (hasOwn.call(aliases, enc)) return aliases[enc];
  var lower = enc.toLowerCase();
  return hasOwn.call(aliases, lower) ? aliases[lower] : undefined;
}

// Node's estimate: three bytes per four characters, minus '=' padding.
function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(name, byteLength, searchAsString) {
  var id = kEncodings[name];
  return {
    encoding: name,
    encodingVal: id,
    byteLength: byteLength,
    write: function (buf, string, offset, len) {
      return binding.write(buf, string, id, offset, len);
    },
    slice: function (buf, start, end) { return binding.slice(buf, id, start, end); },
    indexOf: function (buf, val, byteOffset, dir) {
      if (searchAsString) return binding.indexOfString(buf, val, byteOffset, id, dir);
      return binding.indexOfBuffer(buf, binding.fromString(val, id), byteOffset, id, dir);
    }
  };
}

var encodingOps = {
  utf8: makeOps('utf8', binding.byteLengthUtf8, true),
  utf16le: makeOps('utf16le', function (s) { return s.length * 2; }, true),
  latin1: makeOps('latin1', function (s) { return s.length; }, true),
  ascii: makeOps('ascii', function (s) { return s.length; }, false),
  base64: makeOps('base64', function (s) { return base64ByteLength(s, s.length); }, false),
  base64url: makeOps('base64url', function (s) { return base64ByteLength(s, s.length); }, false),
  hex: makeOps('hex', function (s) { return s.length >>> 1; }, false)
};

// The ops of a (non-normalized) encoding name, or undefined.
function getEncodingOps(encoding) {
  var name = slowCases('' + encoding);
  return name === undefined || encoding === '' ? undefined : encodingOps[name];
}

module.exports = {
  kEncodings: kEncodings,
  normalizeEncoding: normalizeEncoding,
  getEncodingOps: getEncodingOps,
  encodingOps: encodingOps
};
