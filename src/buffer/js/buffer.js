// buffer: the Buffer class (also the global `Buffer`).
//
// What: Buffer as in Node v20: a Uint8Array subclass whose prototype adds
// encodings, search, compare, copy and number accessors; the static
// factories (from, alloc, allocUnsafe, allocUnsafeSlow, concat, of) and
// helpers (byteLength, compare, isBuffer, isEncoding); the module's
// constants, atob/btoa, isUtf8/isAscii.
// Interface: module.exports = { Buffer, SlowBuffer, kMaxLength,
//   kStringMaxLength, constants, INSPECT_MAX_BYTES, atob, btoa, isUtf8,
//   isAscii, transcode, Blob, File, resolveObjectURL }
//   (the last four throw ERR_NOT_IMPLEMENTED).
// Invariants:
//   * Every Buffer is a real Duktape Uint8Array whose prototype is
//     Buffer.prototype; C++ creates them (internalBinding('buffer')), also
//     from other layers (push_buffer), so `buf instanceof Buffer` and
//     `buf instanceof Uint8Array` hold wherever a Buffer came from.
//   * No pool: allocUnsafe() and from() allocate each Buffer on its own
//     (byteOffset 0). Node slices small ones out of an 8 KiB pool; here a
//     view costs as much as a fresh allocation. Buffer.poolSize exists and
//     is ignored.
//   * No BigInt in Duktape: readBigInt64LE() and friends throw
//     ERR_NOT_IMPLEMENTED (internal/buffer/numbers.js).
//   * util.inspect(buf) prints `<Buffer 68 65 ... 42 more bytes>` through
//     internal/util/inspect_collections.js (formatBufferFallback).
// Read first: internal/buffer/encoding.js, internal/buffer/methods.js,
//   internal/buffer/numbers.js; src/buffer/buffer_binding.hpp.
// Node: lib/buffer.js. Node doc: buffer.md.
'use strict';

var binding = internalBinding('buffer');
var errors = require('internal/errors');
var codes = errors.codes;
var validators = require('internal/validators');
var types = require('internal/util/types');
var enc = require('internal/buffer/encoding');
var methods = require('internal/buffer/methods');
var numbers = require('internal/buffer/numbers');

var kMaxLength = binding.kMaxLength;
var kStringMaxLength = 536870888;
var isUint8Array = methods.isUint8Array;
var createBuffer = binding.createBuffer;

var bufferWarningEmitted = false;
function showDeprecation() {
  if (bufferWarningEmitted || typeof process.emitWarning !== 'function') return;
  bufferWarningEmitted = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
    'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

// The deprecated constructor: Buffer(size) zero-fills; anything else is
// Buffer.from(). Works with and without `new`.
function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Buffer.prototype = binding.bufferPrototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  var ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    ops = enc.encodingOps.utf8;
  } else {
    ops = enc.getEncodingOps(encoding);
    if (ops === undefined) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  }
  return binding.fromString(string, ops.encodingVal);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  var maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return binding.createView(obj, Math.floor(byteOffset), Math.floor(length));
}

function fromArrayLike(obj) {
  var length = obj.length;
  if (!(length > 0)) return createBuffer(0, false);
  if (isUint8Array(obj)) {
    var copy = createBuffer(obj.length, false);
    binding.copy(obj, copy, 0, 0, obj.length);
    return copy;
  }
  var b = createBuffer(length, false);
  for (var i = 0; i < length; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || types.isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return createBuffer(0, false);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (types.isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    var valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    var b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      var primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of() {
  var b = createBuffer(arguments.length, false);
  for (var i = 0; i < arguments.length; i++) b[i] = arguments[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validators.validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return methods.fill(createBuffer(size, false), fill, 0, Math.floor(size), encoding);
  }
  return createBuffer(size, true);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validators.validateNumber(size, 'size', 0, kMaxLength);
  return createBuffer(size, false);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validators.validateNumber(size, 'size', 0, kMaxLength);
  return createBuffer(size, false);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    enc.normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validators.validateArray(list, 'list');
  if (list.length === 0) return createBuffer(0, false);
  var i;
  if (length === undefined) {
    length = 0;
    for (i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validators.validateInteger(length, 'length', 0, kMaxLength);
  }
  var buffer = createBuffer(length, false);
  var pos = 0;
  for (i = 0; i < list.length; i++) {
    var buf = list[i];
    if (!isUint8Array(buf)) {
      throw new codes.ERR_INVALID_ARG_TYPE('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += methods.copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) binding.fill(buffer, 0, pos, length, 0);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (types.isArrayBufferView(string) || types.isAnyArrayBuffer(string)) return string.byteLength;
    throw new codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (!encoding) return binding.byteLengthUtf8(string);
  var ops = enc.getEncodingOps(encoding);
  if (ops === undefined) return binding.byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

methods.addPrototypeMethods(Buffer.prototype);
numbers.addNumberMethods(Buffer.prototype);
['parent', 'offset'].forEach(function (name) {
  Object.defineProperty(Buffer.prototype, name, {
    enumerable: true,
    configurable: true,
    get: function () {
      if (!(this instanceof Buffer)) return undefined;
      return name === 'parent' ? this.buffer : this.byteOffset;
    }
  });
});
// The methods are non-enumerable, as class methods are in Node.
Object.getOwnPropertyNames(Buffer.prototype).forEach(function (name) {
  var d = Object.getOwnPropertyDescriptor(Buffer.prototype, name);
  if ('value' in d) Object.defineProperty(Buffer.prototype, name, { enumerable: false });
});

function SlowBuffer(size) {
  validators.validateNumber(size, 'size', 0, kMaxLength);
  return createBuffer(size, false);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

var base64 = require('internal/buffer/base64');

function notImplemented(what) {
  return function () { throw errors.notImplemented(what); };
}

module.exports = {
  Buffer: Buffer,
  SlowBuffer: SlowBuffer,
  transcode: notImplemented('buffer.transcode'),
  isUtf8: function isUtf8(input) { return binding.isUtf8(base64.viewOf(input, 'input')); },
  isAscii: function isAscii(input) { return binding.isAscii(base64.viewOf(input, 'input')); },
  kMaxLength: kMaxLength,
  kStringMaxLength: kStringMaxLength,
  btoa: base64.btoa,
  atob: base64.atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 50,
  Blob: notImplemented('buffer.Blob'),
  File: notImplemented('buffer.File'),
  resolveObjectURL: notImplemented('buffer.resolveObjectURL')
};
