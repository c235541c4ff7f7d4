// string_decoder: StringDecoder, which turns a stream of byte chunks into
// strings without splitting a character across two chunks.
//
// What: write(buf) decodes what it can and keeps back the bytes of a
// character that is not complete yet (utf8: up to 3 bytes; utf16le: a
// half code unit or a high surrogate; base64: 1-2 bytes of a 3-byte group);
// end([buf]) flushes them (an incomplete utf8 sequence becomes U+FFFD, a
// lone odd utf16le byte is dropped, base64 is padded).
// Interface: module.exports = { StringDecoder }; decoder.encoding,
//   write(buf), end([buf]), and Node's lastChar / lastNeed / lastTotal.
// Invariants: the state is kept as Node keeps it in C++
// (src/string_decoder.cc): a 7-byte Buffer [4 bytes of incomplete
// character, missing bytes, buffered bytes, encoding], so
// util.inspect(decoder) prints the same; the algorithm is that file's
// DecodeData/FlushData, step for step. Decoding proper is the Buffer
// binding's (C++).
// Read first: buffer.js. Node: lib/string_decoder.js, src/string_decoder.cc.
// Node doc: string_decoder.md.
'use strict';

var binding = internalBinding('buffer');
var codes = require('internal/errors').codes;
var enc = require('internal/buffer/encoding');
var Buffer = require('buffer').Buffer;

var kNativeDecoder = Symbol('kNativeDecoder');
var kMissingBytes = 4;
var kBufferedBytes = 5;
var kEncodingField = 6;
var kSize = 7;
// Node's enum encoding numbers (src/node.h), shown in the state buffer.
var nodeEncodings = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function normalize(encoding) {
  var name = enc.normalizeEncoding(encoding);
  if (name === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return name;
}

function StringDecoder(encoding) {
  this.encoding = normalize(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = nodeEncodings[this.encoding];
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function makeString(decoder, bytes, start, end) {
  return binding.slice(bytes, enc.kEncodings[decoder.encoding], start, end);
}

// Completes a character held back from the previous chunk; returns
// [prefix string, index in data where the rest starts].
function finishPrevious(decoder, state, data) {
  var start = 0;
  var nread = data.length;
  if (decoder.encoding === 'utf8') {
    for (var i = 0; i < nread && i < state[kMissingBytes]; ++i) {
      if ((data[i] & 0xC0) !== 0x80) {
        // Not a continuation byte: the held-back character ends here.
        state[kMissingBytes] = 0;
        for (var k = 0; k < i; k++) state[state[kBufferedBytes] + k] = data[k];
        state[kBufferedBytes] += i;
        start = i;
        break;
      }
    }
  }
  var found = Math.min(nread - start, state[kMissingBytes]);
  for (var j = 0; j < found; j++) state[state[kBufferedBytes] + j] = data[start + j];
  start += found;
  state[kMissingBytes] -= found;
  state[kBufferedBytes] += found;
  if (state[kMissingBytes] !== 0) return ['', start];
  var prefix = makeString(decoder, state, 0, state[kBufferedBytes]);
  state[kBufferedBytes] = 0;
  return [prefix, start];
}

// How many bytes at the end of data[start, end) to hold back (sets the
// state's missing/buffered counts).
function holdBack(decoder, state, data, start, end) {
  var nread = end - start;
  if (decoder.encoding === 'utf8' && (data[end - 1] & 0x80)) {
    for (var i = end - 1; ; --i) {
      state[kBufferedBytes]++;
      if ((data[i] & 0xC0) === 0x80) {
        if (state[kBufferedBytes] >= 4 || i === start) {  // not a character we can finish
          state[kBufferedBytes] = 0;
          break;
        }
      } else {
        var need = (data[i] & 0xE0) === 0xC0 ? 2 : (data[i] & 0xF0) === 0xE0 ? 3 :
          (data[i] & 0xF8) === 0xF0 ? 4 : 0;
        if (need === 0 || state[kBufferedBytes] >= need) {
          state[kBufferedBytes] = 0;  // invalid lead, or the character is complete
          need = 0;
        }
        state[kMissingBytes] = need === 0 ? 0 : need - state[kBufferedBytes];
        break;
      }
    }
  } else if (decoder.encoding === 'utf16le') {
    if (nread % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xFC) === 0xD8) {  // a high surrogate: wait for its pair
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else if (decoder.encoding === 'base64' || decoder.encoding === 'base64url') {
    state[kBufferedBytes] = nread % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }
  return state[kBufferedBytes];
}

var multiByte = { utf8: true, utf16le: true, base64: true, base64url: true };

function decode(decoder, data) {
  var state = decoder[kNativeDecoder];
  if (!multiByte[decoder.encoding]) return makeString(decoder, data, 0, data.length);
  var prefix = '';
  var start = 0;
  if (state[kMissingBytes] > 0) {
    var r = finishPrevious(decoder, state, data);
    prefix = r[0];
    start = r[1];
  }
  if (start === data.length) return prefix;
  var end = data.length;
  var held = holdBack(decoder, state, data, start, end);
  if (held > 0) {
    end -= held;
    for (var i = 0; i < held; i++) state[i] = data[end + i];
  }
  return end > start ? prefix + makeString(decoder, data, start, end) : prefix;
}

function flush(decoder) {
  var state = decoder[kNativeDecoder];
  if (decoder.encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    state[kMissingBytes]--;  // a single trailing byte is dropped
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  var ret = makeString(decoder, state, 0, state[kBufferedBytes]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new codes.ERR_INVALID_THIS('StringDecoder');
  return decode(this, toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  var ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this);
  return ret;
};

// Node's legacy accessors of the held-back character.
Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true, enumerable: true,
    get: function () { return this[kNativeDecoder].subarray(0, kMissingBytes); }
  },
  lastNeed: {
    configurable: true, enumerable: true,
    get: function () { return this[kNativeDecoder][kMissingBytes]; }
  },
  lastTotal: {
    configurable: true, enumerable: true,
    get: function () {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    }
  }
});

module.exports = { StringDecoder: StringDecoder };
