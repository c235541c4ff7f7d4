// internal/buffer/methods: Buffer.prototype's methods other than the
// number accessors (numbers.js).
//
// What: toString, write, equals, compare, copy, fill, indexOf,
// lastIndexOf, includes, slice, subarray, toJSON, swap16/32/64,
// toLocaleString, the legacy latin1Slice()/hexWrite()... methods and the
// deprecated parent/offset getters.
// Interface: addPrototypeMethods(proto), isUint8Array(v),
//   copyActual(source, target, targetStart, sourceStart, sourceEnd),
//   fill(buf, value, offset, end, encoding).
// Invariants: argument handling and errors follow Node v20's
// lib/buffer.js line by line; the loops run in C++ (internalBinding
// 'buffer'), which trusts the ranges it is given here.
// Read first: ../../buffer.js, encoding.js. Node: lib/buffer.js.
// Node doc: buffer.md § "Class: Buffer".
'use strict';

var binding = internalBinding('buffer');
var codes = require('internal/errors').codes;
var validators = require('internal/validators');
var types = require('internal/util/types');
var enc = require('internal/buffer/encoding');

var kMaxLength = binding.kMaxLength;

function isUint8Array(v) {
  return v instanceof Uint8Array || types.isUint8Array(v);
}

function validateOffset(value, name, min, max) {
  validators.validateInteger(value, name, min === undefined ? 0 : min,
    max === undefined ? kMaxLength : max);
}

// Node's toInteger(n, defaultVal) from lib/buffer.js.
function toInteger(n, defaultVal) {
  n = +n;
  if (n === n && n >= -9007199254740991 && n <= 9007199254740991) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

// No `arguments` here or in compare: on Duktape a function that mentions it
// builds an arguments object on every call (~7,000 instructions); all three
// undefined is what Node's `arguments.length === 0` fast path means.
function toString(encoding, start, end) {
  if (encoding === undefined && start === undefined && end === undefined) {
    return binding.slice(this, 0, 0, this.length);
  }
  var len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.floor(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.floor(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return binding.slice(this, 0, start, end);
  var ops = enc.getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
}

// Node checks the string in C++ (utf8Write and friends), after the
// offsets and the encoding, with this message.
function checkString(string) {
  if (typeof string === 'string') return;
  var err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function write(string, offset, length, encoding) {
  if (offset === undefined) {
    checkString(string);
    return binding.write(this, string, 0, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    var remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  var ops = !encoding ? enc.encodingOps.utf8 : enc.getEncodingOps(encoding);
  if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  checkString(string);
  return ops.write(this, string, offset, length);
}

function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
}

function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined &&
      sourceEnd === undefined) {
    return binding.compare(this, target);
  }
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) {
    throw new codes.ERR_OUT_OF_RANGE('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
  }
  if (targetStart > target.length) {
    throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0 && <= ' + target.length, targetStart);
  }
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  var nb = sourceEnd - sourceStart;
  var sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  return binding.copy(source, target, targetStart, sourceStart, nb);
}

function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw new codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw new codes.ERR_OUT_OF_RANGE('sourceStart', '>= 0 && <= ' + this.byteLength, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd);
}

// Node's _fill: buf.fill() and Buffer.alloc(size, fill, encoding).
function fill(buf, value, offset, end, encoding) {
  var normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = enc.normalizeEncoding(encoding);
    if (normalized === undefined) {
      validators.validateString(encoding, 'encoding');
      throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      var code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1') value = code;
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'string' || ArrayBuffer.isView(value)) {
    var res = binding.fill(buf, typeof value === 'string' ? value : asBytes(value), offset, end,
      normalized === undefined ? 0 : enc.kEncodings[normalized]);
    if (res === -1) throw new codes.ERR_INVALID_ARG_VALUE('value', value);
  } else {
    binding.fill(buf, (value >>> 0) & 255, offset, end, 0);  // a typed array's ToUint8
  }
  return buf;
}

function asBytes(view) {
  return isUint8Array(view) ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  var ops = encoding === undefined ? enc.encodingOps.utf8 : enc.getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    return binding.indexOfBuffer(buffer, val, byteOffset, ops === undefined ? 0 : ops.encodingVal, dir);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// ToIntegerOrInfinity, then relative to len (TypedArray#subarray's rules).
function relative(value, len, dflt) {
  if (value === undefined) return dflt;
  value = +value;
  if (value !== value) return 0;
  value = value < 0 ? Math.ceil(value) : Math.floor(value);
  if (value < 0) return Math.max(len + value, 0);
  return Math.min(value, len);
}

function subarray(start, end) {
  var len = this.length;
  start = relative(start, len, 0);
  end = relative(end, len, len);
  var count = end > start ? end - start : 0;
  return binding.createView(this.buffer, this.byteOffset + start, count);
}

function swapper(width) {
  return function () {
    if (this.length % width !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE(width * 8 + '-bits');
    binding.swap(this, width);
    return this;
  };
}

function addPrototypeMethods(proto) {
  proto.toString = toString;
  proto.toLocaleString = toString;
  proto.write = write;
  proto.equals = equals;
  proto.compare = compare;
  proto.copy = copy;
  proto.fill = function (value, offset, end, encoding) { return fill(this, value, offset, end, encoding); };
  proto.indexOf = function (val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  };
  proto.lastIndexOf = function (val, byteOffset, encoding) {
    return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  };
  proto.includes = function (val, byteOffset, encoding) { return this.indexOf(val, byteOffset, encoding) !== -1; };
  proto.subarray = subarray;
  proto.slice = subarray;
  proto.toJSON = function () {
    var data = new Array(this.length);
    for (var i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data: data };
  };
  proto.swap16 = swapper(2);
  proto.swap32 = swapper(4);
  proto.swap64 = swapper(8);
  Object.keys(enc.encodingOps).forEach(function (name) {
    var ops = enc.encodingOps[name];
    var prefix = name === 'utf16le' ? 'ucs2' : name;
    proto[prefix + 'Slice'] = function (start, end) { return ops.slice(this, start, end); };
    proto[prefix + 'Write'] = function (string, offset, length) {
      checkString(string);
      if (offset === undefined) offset = 0;
      if (length === undefined) length = this.length - offset;
      return ops.write(this, string, offset, length);
    };
  });
}

module.exports = {
  addPrototypeMethods: addPrototypeMethods,
  isUint8Array: isUint8Array,
  copyActual: copyActual,
  fill: fill
};
