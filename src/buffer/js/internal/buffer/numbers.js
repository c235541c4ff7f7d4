// internal/buffer/numbers: buf.readUInt16LE(), buf.writeDoubleBE() and the
// rest of Buffer's number accessors.
//
// What: installs on Buffer.prototype every read/write of (U)Int8/16/32
// LE/BE, (U)IntLE/BE of 1-6 bytes, Float/Double LE/BE, with the lowercase
// 'Uint' aliases; and the BigInt64 accessors, which throw
// ERR_NOT_IMPLEMENTED (Duktape has no BigInt).
// Interface: addNumberMethods(proto).
// Invariants: the range checks and their errors are Node's
// (lib/internal/buffer.js): ERR_OUT_OF_RANGE for a bad value or offset,
// ERR_BUFFER_OUT_OF_BOUNDS when the buffer is too short for the type,
// ERR_INVALID_ARG_TYPE for a non-number offset. Reads are plain JS on
// the indexed bytes: a call into C++ would cost more than the work.
// Read first: ../../buffer.js. Node: lib/internal/buffer.js.
// Node doc: buffer.md § "buf.readUInt32LE([offset])" and neighbours.
'use strict';

var errors = require('internal/errors');
var codes = errors.codes;
var validateNumber = require('internal/validators').validateNumber;

var float32Array = new Float32Array(1);
var uInt8Float32Array = new Uint8Array(float32Array.buffer);
var float64Array = new Float64Array(1);
var uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;  // 0xBF800000: tells the host's byte order
var bigEndian = uInt8Float32Array[3] === 0;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new codes.ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw new codes.ERR_OUT_OF_RANGE(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

// Validates offset for an access of `size` bytes; returns it.
function checkRead(buf, offset, size) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  return offset;
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    var range;
    if (byteLength > 3) {
      var bits = (byteLength + 1) * 8;
      range = min === 0 ? '>= 0 and < 2 ** ' + bits :
        '>= -(2 ** ' + (bits - 1) + ') and < 2 ** ' + (bits - 1);
    } else {
      range = '>= ' + min + ' and <= ' + max;
    }
    throw new codes.ERR_OUT_OF_RANGE('value', range, value);
  }
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

// Unsigned value of `size` bytes at offset (size 1..6, no checks).
function getUnsigned(buf, offset, size, little) {
  var v = 0;
  for (var i = 0; i < size; i++) {
    v = v * 256 + buf[little ? offset + size - 1 - i : offset + i];
  }
  return v;
}

function toSigned(v, size) {
  var limit = Math.pow(2, size * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

function reader(size, little, signed) {
  return function (offset) {
    offset = checkRead(this, offset, size);
    var v = getUnsigned(this, offset, size, little);
    return signed ? toSigned(v, size) : v;
  };
}

// readUIntLE(offset, byteLength) and friends: byteLength 1..6.
function variableReader(little, signed) {
  return function (offset, byteLength) {
    if (offset === undefined) throw new codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    if (byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength) {
      return reader(byteLength, little, signed).call(this, offset);
    }
    boundsError(byteLength, 6, 'byteLength');
  };
}

function putBytes(buf, value, offset, size, little) {
  // Two's complement for negatives; the high part via division keeps
  // precision up to 48 bits (bitwise operators stop at 32).
  if (value < 0) value += Math.pow(2, size * 8);
  for (var i = 0; i < size; i++) {
    var byte = value % 256;
    buf[little ? offset + i : offset + size - 1 - i] = byte;
    value = Math.floor(value / 256);
  }
  return offset + size;
}

// Node's writeU_Int<n>: validates, then stores; offset is not defaulted
// here (writeUIntLE(v, undefined, n) throws as in Node).
function writeChecked(buf, value, offset, size, little, min, max) {
  value = +value;
  if (size === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) {
      throw new codes.ERR_OUT_OF_RANGE('value', '>= ' + min + ' and <= ' + max, value);
    }
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkInt(value, min, max, buf, offset, size - 1);
  }
  return putBytes(buf, trunc(value), offset, size, little);
}

function trunc(v) {
  return v < 0 ? Math.ceil(v) : Math.floor(v);
}

function writer(size, little, min, max) {
  return function (value, offset) {
    return writeChecked(this, value, offset === undefined ? 0 : offset, size, little, min, max);
  };
}

function limits(size, signed) {
  var full = Math.pow(2, size * 8);
  return signed ? [-full / 2, full / 2 - 1] : [0, full - 1];
}

function variableWriter(little, signed) {
  return function (value, offset, byteLength) {
    if (byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength) {
      var l = limits(byteLength, signed);
      return writeChecked(this, value, offset, byteLength, little, l[0], l[1]);
    }
    boundsError(byteLength, 6, 'byteLength');
  };
}

function floatReader(size, little) {
  var bytes = size === 4 ? uInt8Float32Array : uInt8Float64Array;
  var view = size === 4 ? float32Array : float64Array;
  var swap = little === bigEndian;
  return function (offset) {
    offset = checkRead(this, offset, size);
    for (var i = 0; i < size; i++) bytes[swap ? size - 1 - i : i] = this[offset + i];
    return view[0];
  };
}

function floatWriter(size, little) {
  var bytes = size === 4 ? uInt8Float32Array : uInt8Float64Array;
  var view = size === 4 ? float32Array : float64Array;
  var swap = little === bigEndian;
  return function (value, offset) {
    value = +value;
    if (offset === undefined) offset = 0;
    validateNumber(offset, 'offset');
    if (this[offset] === undefined || this[offset + size - 1] === undefined) {
      boundsError(offset, this.length - size);
    }
    view[0] = value;
    for (var i = 0; i < size; i++) this[offset + i] = bytes[swap ? size - 1 - i : i];
    return offset + size;
  };
}

function bigIntMissing(name) {
  return function () {
    throw errors.notImplemented('buf.' + name + '() (Duktape has no BigInt)');
  };
}

function addNumberMethods(proto) {
  var sizes = { 8: 1, 16: 2, 32: 4 };
  for (var bits in sizes) {
    var size = sizes[bits];
    var ends = size === 1 ? [''] : ['LE', 'BE'];
    for (var e = 0; e < ends.length; e++) {
      var little = ends[e] !== 'BE';
      var u = limits(size, false);
      var s = limits(size, true);
      proto['readUInt' + bits + ends[e]] = proto['readUint' + bits + ends[e]] = reader(size, little, false);
      proto['readInt' + bits + ends[e]] = reader(size, little, true);
      proto['writeUInt' + bits + ends[e]] = proto['writeUint' + bits + ends[e]] = writer(size, little, u[0], u[1]);
      proto['writeInt' + bits + ends[e]] = writer(size, little, s[0], s[1]);
    }
  }
  ['LE', 'BE'].forEach(function (end) {
    var little = end === 'LE';
    proto['readUInt' + end] = proto['readUint' + end] = variableReader(little, false);
    proto['readInt' + end] = variableReader(little, true);
    proto['writeUInt' + end] = proto['writeUint' + end] = variableWriter(little, false);
    proto['writeInt' + end] = variableWriter(little, true);
    proto['readFloat' + end] = floatReader(4, little);
    proto['readDouble' + end] = floatReader(8, little);
    proto['writeFloat' + end] = floatWriter(4, little);
    proto['writeDouble' + end] = floatWriter(8, little);
    ['readBigInt64', 'readBigUInt64', 'readBigUint64', 'writeBigInt64',
      'writeBigUInt64', 'writeBigUint64'].forEach(function (name) {
      proto[name + end] = bigIntMissing(name + end);
    });
  });
}

module.exports = { addNumberMethods: addNumberMethods };
