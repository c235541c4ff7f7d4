// internal/validators: argument checks that throw Node's exact errors.
//
// What: validateString(value, name) and friends, as in Node's
// lib/internal/validators.js. Each throws ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE /
// ERR_INVALID_ARG_VALUE with the same message Node gives.
//
// Interface: validateString, validateNumber(v, name[, min[, max]]),
//   validateInteger(v, name[, min[, max]]), validateInt32, validateUint32(v, name[, positive]),
//   validateFunction, validateBoolean, validateObject(v, name[, flags]),
//   validateOneOf(v, name, list), validateArray(v, name[, minLength]),
//   validateStringArray, validateAbortSignal, validatePort(port[, name[, allowZero]]),
//   validateBuffer, validateUndefined, isInt32, isUint32; the flag constants
//   kValidateObjectAllowNullable / AllowArray / AllowFunction / AllowObjects...
// Node doc: api/errors.md § "ERR_INVALID_ARG_TYPE"

'use strict';

var codes = require('internal/errors').codes;
var types = require('internal/util/types');

var MIN_SAFE = -9007199254740991;
var MAX_SAFE = 9007199254740991;

function isInt32(value) {
  return value === (value | 0);
}
function isUint32(value) {
  return value === (value >>> 0);
}
function isInteger(value) {
  return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

function validateIntegerIn(value, name, min, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw new codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
  }
}

function validateInteger(value, name, min, max) {
  validateIntegerIn(value, name, min === undefined ? MIN_SAFE : min,
    max === undefined ? MAX_SAFE : max);
}
function validateInt32(value, name, min, max) {
  validateIntegerIn(value, name, min === undefined ? -2147483648 : min,
    max === undefined ? 2147483647 : max);
}
function validateUint32(value, name, positive) {
  validateIntegerIn(value, name, positive ? 1 : 0, 4294967295);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw new codes.ERR_OUT_OF_RANGE(name,
      (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
      (max != null ? '<= ' + max : ''), value);
  }
}

function validateOneOf(value, name, oneOf) {
  if (oneOf.indexOf(value) === -1) {
    var allowed = oneOf.map(function (v) {
      return typeof v === 'string' ? "'" + v + "'" : String(v);
    }).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

var kValidateObjectNone = 0;
var kValidateObjectAllowNullable = 1;
var kValidateObjectAllowArray = 2;
var kValidateObjectAllowFunction = 4;

function validateObject(value, name, options) {
  options = options || kValidateObjectNone;
  var bad;
  if (options === kValidateObjectNone) {
    bad = value === null || Array.isArray(value) || typeof value !== 'object';
  } else {
    bad = ((options & kValidateObjectAllowNullable) === 0 && value === null) ||
      ((options & kValidateObjectAllowArray) === 0 && Array.isArray(value)) ||
      (typeof value !== 'object' &&
        ((options & kValidateObjectAllowFunction) === 0 || typeof value !== 'function'));
  }
  if (bad) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateArray(value, name, minLength) {
  if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < (minLength || 0)) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, 'must be longer than ' + minLength);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (var i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE(name + '[' + i + ']', 'string', value[i]);
    }
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateUndefined(value, name) {
  if (value !== undefined) throw new codes.ERR_INVALID_ARG_TYPE(name, 'undefined', value);
}

function validateBuffer(buffer, name) {
  if (!types.isArrayBufferView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name || 'buffer',
      ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validatePort(port, name, allowZero) {
  if (name === undefined) name = 'Port';
  if (allowZero === undefined) allowZero = true;
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

module.exports = {
  isInt32: isInt32,
  isUint32: isUint32,
  validateInteger: validateInteger,
  validateInt32: validateInt32,
  validateUint32: validateUint32,
  validateString: validateString,
  validateNumber: validateNumber,
  validateOneOf: validateOneOf,
  validateBoolean: validateBoolean,
  validateObject: validateObject,
  validateArray: validateArray,
  validateStringArray: validateStringArray,
  validateAbortSignal: validateAbortSignal,
  validateFunction: validateFunction,
  validateUndefined: validateUndefined,
  validateBuffer: validateBuffer,
  validatePort: validatePort,
  kValidateObjectNone: kValidateObjectNone,
  kValidateObjectAllowNullable: kValidateObjectAllowNullable,
  kValidateObjectAllowArray: kValidateObjectAllowArray,
  kValidateObjectAllowFunction: kValidateObjectAllowFunction,
  kValidateObjectAllowObjects: kValidateObjectAllowArray | kValidateObjectAllowFunction,
  kValidateObjectAllowObjectsAndNull: kValidateObjectAllowNullable |
    kValidateObjectAllowArray | kValidateObjectAllowFunction
};
