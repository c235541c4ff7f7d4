// chunked_decoder.js: a streaming decoder for HTTP/1.1 chunked transfer coding
// (RFC 9112 § 7.1), the framing of a body whose length is not known up front.
//
// Interface:
//   var ChunkedDecoder = require('./chunked_decoder');
//   var d = new ChunkedDecoder({ onData: fn(buf), onTrailers: fn(rawTrailers), onEnd: fn() });
//   var used = d.execute(buf);   // feed bytes, as many times as they arrive
//   d.finished                   // true once the last chunk and trailers were read
// execute() returns how many bytes of buf belonged to this body; bytes after
// the end (the next pipelined request) are left for the caller. A framing
// error throws an Error whose .code is llhttp's: HPE_INVALID_CHUNK_SIZE,
// HPE_CR_EXPECTED, HPE_LF_EXPECTED or HPE_INVALID_HEADER_TOKEN (a bad trailer line).
// After an error or the end, execute() consumes nothing more.
//
// Invariants: a byte is looked at once; input may be split anywhere (inside
// a size, between CR and LF, inside data) and the callbacks see the same
// body; data is passed on as slices of the input, never parsed as text, so
// a chunk may hold CR, LF or NUL bytes. State lives in this object, not on
// the stack, because the next byte may come in the next execute() call.
//
// Read first: RFC 9112 § 7.1 (chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF),
// then this file's execute(). The reference for exercises/05-chunked.
'use strict';

var MAX_SIZE = 0x1fffffffffffff;  // Number.MAX_SAFE_INTEGER: larger sizes are refused
var MAX_TRAILER_BYTES = 16 * 1024;
var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

// The states, in the order a well-formed body passes through them.
var SIZE = 0;        // reading hex digits of a chunk size
var EXT = 1;         // after the size: ";ext" until CR (ignored)
var SIZE_LF = 2;     // saw CR after the size line, need LF
var DATA = 3;        // copying `remaining` bytes of chunk data
var DATA_CR = 4;     // after the data: need CR
var DATA_LF = 5;     // need LF
var TRAILER = 6;     // after the last chunk: trailer lines until an empty one
var TRAILER_LF = 7;  // saw CR in a trailer line, need LF
var DONE = 8;
var FAILED = 9;

function fail(self, code, message) {
  self.state = FAILED;
  var err = new Error(message);
  err.code = code;
  throw err;
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;        // 0-9
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;   // A-F
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;   // a-f
  return -1;
}

function ChunkedDecoder(callbacks) {
  callbacks = callbacks || {};
  this.onData = callbacks.onData || function () {};
  this.onTrailers = callbacks.onTrailers || function () {};
  this.onEnd = callbacks.onEnd || function () {};
  this.state = SIZE;
  this.size = 0;         // the chunk size read so far
  this.digits = 0;       // how many hex digits it had
  this.remaining = 0;    // chunk-data bytes still to come
  this.line = '';        // the trailer line being read (latin1)
  this.trailerBytes = 0;
  this.rawTrailers = [];
  this.finished = false;
}

ChunkedDecoder.prototype.execute = function execute(buf) {
  var i = 0;
  var n = buf.length;
  while (i < n && this.state !== DONE && this.state !== FAILED) {
    var c = buf[i];
    switch (this.state) {
      case SIZE: {
        var v = hexValue(c);
        if (v >= 0) {
          this.size = this.size * 16 + v;
          this.digits++;
          if (this.size > MAX_SIZE) fail(this, 'HPE_INVALID_CHUNK_SIZE', 'Chunk size overflow');
        } else if (this.digits === 0) {
          fail(this, 'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
        } else if (c === 0x3b || c === 0x20 || c === 0x09) {  // ';' or whitespace before it
          this.state = EXT;
        } else if (c === 0x0d) {
          this.state = SIZE_LF;
        } else {
          fail(this, 'HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
        }
        i++;
        break;
      }
      case EXT:
        if (c === 0x0d) this.state = SIZE_LF;
        else if (c === 0x0a || c === 0) fail(this, 'HPE_CR_EXPECTED', 'Missing expected CR after chunk size');
        i++;
        break;
      case SIZE_LF:
        if (c !== 0x0a) fail(this, 'HPE_LF_EXPECTED', 'Missing expected LF after chunk size');
        i++;
        if (this.size === 0) {
          this.state = TRAILER;
        } else {
          this.remaining = this.size;
          this.state = DATA;
        }
        break;
      case DATA: {
        // Take as much of this chunk as the buffer holds, in one slice.
        var take = Math.min(this.remaining, n - i);
        this.onData(buf.slice(i, i + take));
        this.remaining -= take;
        i += take;
        if (this.remaining === 0) this.state = DATA_CR;
        break;
      }
      case DATA_CR:
        if (c !== 0x0d) fail(this, 'HPE_CR_EXPECTED', 'Missing expected CR after chunk data');
        this.state = DATA_LF;
        i++;
        break;
      case DATA_LF:
        if (c !== 0x0a) fail(this, 'HPE_LF_EXPECTED', 'Missing expected LF after chunk data');
        this.state = SIZE;
        this.size = 0;
        this.digits = 0;
        i++;
        break;
      case TRAILER:
        if (c === 0x0d) {
          this.state = TRAILER_LF;
        } else {
          if (++this.trailerBytes > MAX_TRAILER_BYTES) fail(this, 'HPE_HEADER_OVERFLOW', 'Trailers too large');
          this.line += String.fromCharCode(c);
        }
        i++;
        break;
      case TRAILER_LF:
        if (c !== 0x0a) fail(this, 'HPE_LF_EXPECTED', 'Missing expected LF after trailer line');
        i++;
        if (this.line === '') {
          this.state = DONE;
          this.finished = true;
          if (this.rawTrailers.length) this.onTrailers(this.rawTrailers);
          this.onEnd();
        } else {
          this.addTrailer(this.line);
          this.line = '';
          this.state = TRAILER;
        }
        break;
    }
  }
  return i;
};

// One "Name: value" trailer line into rawTrailers (name as sent, value trimmed).
ChunkedDecoder.prototype.addTrailer = function addTrailer(line) {
  var colon = line.indexOf(':');
  var name = colon > 0 ? line.slice(0, colon) : '';
  if (!TOKEN.test(name)) fail(this, 'HPE_INVALID_HEADER_TOKEN', 'Invalid trailer name');
  this.rawTrailers.push(name, line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, ''));
};

module.exports = ChunkedDecoder;
