// internal/buffer/base64: buffer.atob() and buffer.btoa() (the legacy Web
// APIs, also globals in Node), and the input check of isUtf8/isAscii.
//
// What: btoa(latin1 string) -> base64; atob(base64) -> latin1 string,
// with the WHATWG "forgiving-base64" validation Node applies (atob is
// strict where Buffer.from(s, 'base64') is lenient).
// Interface: atob(input), btoa(input), viewOf(input, name).
// Invariants: invalid input throws a DOMException named
// InvalidCharacterError, as in Node.
// Read first: ../../buffer.js. Node: lib/buffer.js (atob, btoa).
// Node doc: buffer.md § "buffer.atob(data)", § "buffer.btoa(data)".
'use strict';

var binding = internalBinding('buffer');
var codes = require('internal/errors').codes;
var types = require('internal/util/types');
var kLatin1 = require('internal/buffer/encoding').kEncodings.latin1;
var kBase64 = require('internal/buffer/encoding').kEncodings.base64;

function invalid(message) {
  return new DOMException(message || 'Invalid character', 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = '' + input;
  for (var n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw invalid();
  }
  var buf = binding.fromString(input, kLatin1);
  return binding.slice(buf, kBase64, 0, buf.length);
}

function isWhitespace(c) {
  return c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;
}

function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
    (c >= 0x30 && c <= 0x39) || c === 0x2B || c === 0x2F;
}

function atob(input) {
  if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('input');
  input = '' + input;
  var count = 0;
  var equals = 0;
  for (var n = 0; n < input.length; n++) {
    var c = input.charCodeAt(n);
    if (isWhitespace(c)) continue;
    if (c === 0x3D) {
      count++;
      equals++;
      if (equals > 2) throw invalid();
    } else if (isBase64Char(c)) {
      if (equals) throw invalid();  // '=' only at the end
      count++;
    } else {
      throw invalid();
    }
  }
  var remainder = count % 4;
  if (!remainder) remainder = (count - equals) % 4;
  else if (equals) throw invalid();
  if (remainder === 1) throw invalid('The string to be decoded is not correctly encoded.');
  var buf = binding.fromString(input, kBase64);
  return binding.slice(buf, kLatin1, 0, buf.length);
}

// isUtf8/isAscii take a TypedArray, a Buffer or an ArrayBuffer.
function viewOf(input, name) {
  if (types.isTypedArray(input) || types.isAnyArrayBuffer(input)) return input;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

module.exports = { atob: atob, btoa: btoa, viewOf: viewOf };
