// internal/errors: the one place Node-shaped `ERR_*` errors come from.
//
// What: a registry of error codes, each a constructor that builds a real
// TypeError/RangeError/Error whose `code` is the key and whose message is
// exactly Node v20's. Adapted from Node's lib/internal/errors.js.
//
// Interface:
//   codes.ERR_X(...args)        constructor (use with `new`); message from the table
//   codes.ERR_X.RangeError      the same code on another base class, where Node has one
//   E(code, message, Base, ...otherBases)   register a code (message: string with
//                               %s/%d/%j placeholders, or a function called with
//                               `this` = the error being built)
//   notImplemented(what)        returns an ERR_NOT_IMPLEMENTED error (minode-only code)
//   AbortError                  class: code 'ABORT_ERR', name 'AbortError'
//   determineSpecificType(v), formatList(arr, word), addNumericalSeparator(s)
//
// Invariants:
//   * `err instanceof TypeError` (etc.) and `err instanceof codes.ERR_X` both hold.
//   * `err.code` is an own enumerable property (so util.inspect shows
//     `{ code: 'ERR_X' }`), `err.message` is own and non-enumerable.
//   * `String(err)` and the first line of `err.stack` read `TypeError [ERR_X]: msg`
//     (Duktape builds `stack` lazily from toString(), so overriding toString on
//     the prototype is enough).
//   * util is required lazily: util's inspect itself throws these errors.
//
// Read first: internal/error_messages.js (the table).  Node doc: api/errors.md

'use strict';

var codes = {};
var messages = {};

// Sorted by a rough estimate of frequency (from Node).
var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
var classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

var formatModule = null;
function lazyFormat() {
  if (formatModule === null) formatModule = require('internal/util/format');
  return formatModule;
}
function lazyInspect(value, opts) {
  return require('internal/util/inspect').inspect(value, opts);
}

function getMessage(key, args, self) {
  var msg = messages[key];
  if (typeof msg === 'function') return msg.apply(self, args);
  if (args.length === 0) return msg;
  return lazyFormat().format.apply(null, [msg].concat(args));
}

function nodeErrorToString() {
  return this.name + ' [' + this.code + ']: ' + this.message;
}

// @anchor make-node-error
// Builds the constructor for one (code, base class) pair. The instance is a
// genuine Base error (so Duktape records its traceback) re-parented onto the
// NodeError prototype, which inherits from Base.prototype.
function makeNodeErrorWithCode(Base, key) {
  function NodeError() {
    var args = Array.prototype.slice.call(arguments);
    var err = new Base();
    Object.setPrototypeOf(err, NodeError.prototype);
    err.code = key;
    Object.defineProperty(err, 'message', {
      value: getMessage(key, args, err),
      enumerable: false, writable: true, configurable: true
    });
    return err;
  }
  NodeError.prototype = Object.create(Base.prototype);
  Object.defineProperty(NodeError.prototype, 'constructor', {
    value: Base, enumerable: false, writable: true, configurable: true
  });
  Object.defineProperty(NodeError.prototype, 'toString', {
    value: nodeErrorToString, enumerable: false, writable: true, configurable: true
  });
  return NodeError;
}

function E(key, msg, Base) {
  messages[key] = msg;
  var ErrClass = makeNodeErrorWithCode(Base, key);
  for (var i = 3; i < arguments.length; i++) {
    ErrClass[arguments[i].name] = makeNodeErrorWithCode(arguments[i], key);
  }
  codes[key] = ErrClass;
}

// 'A', 'A or B', 'A, B, or C' (Node avoids Intl.ListFormat too).
function formatList(array, type) {
  if (type === undefined) type = 'and';
  switch (array.length) {
    case 0: return '';
    case 1: return '' + array[0];
    case 2: return array[0] + ' ' + type + ' ' + array[1];
    case 3: return array[0] + ', ' + array[1] + ', ' + type + ' ' + array[2];
    default:
      return array.slice(0, -1).join(', ') + ', ' + type + ' ' +
        array[array.length - 1];
  }
}

function addNumericalSeparator(val) {
  var res = '';
  var i = val.length;
  var start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

function describeNumber(value) {
  if (value === 0) return 1 / value === -Infinity ? '-0' : '0';
  return String(value);
}

// "Received ..." part of ERR_INVALID_ARG_TYPE and friends.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  var type = typeof value;
  switch (type) {
    case 'number': return 'type number (' + describeNumber(value) + ')';
    case 'boolean': return 'type boolean (' + value + ')';
    case 'symbol': return 'type symbol (' + String(value) + ')';
    case 'function': return 'function ' + value.name;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return 'an instance of ' + value.constructor.name;
      }
      return lazyInspect(value, { depth: -1 });
    case 'string':
      if (value.length > 28) value = value.slice(0, 25) + '...';
      if (value.indexOf("'") === -1) return "type string ('" + value + "')";
      return 'type string (' + JSON.stringify(value) + ')';
    default:
      value = lazyInspect(value, { colors: false });
      if (value.length > 28) value = value.slice(0, 25) + '...';
      return 'type ' + type + ' (' + value + ')';
  }
}

function classifyExpected(expected) {
  var out = { types: [], instances: [], other: [] };
  for (var i = 0; i < expected.length; i++) {
    var value = expected[i];
    if (kTypes.indexOf(value) !== -1) out.types.push(value.toLowerCase());
    else if (classRegExp.test(value)) out.instances.push(value);
    else out.other.push(value);
  }
  // 'object' next to instance names reads better as "an instance of ..., or Object".
  if (out.instances.length > 0) {
    var pos = out.types.indexOf('object');
    if (pos !== -1) {
      out.types.splice(pos, 1);
      out.instances.push('Object');
    }
  }
  return out;
}

// @anchor invalid-arg-type
function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  var msg = 'The ';
  if (name.slice(-9) === ' argument') {
    msg += name + ' ';
  } else {
    msg += '"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument') + ' ';
  }
  msg += 'must be ';
  var c = classifyExpected(expected);
  if (c.types.length > 0) {
    msg += (c.types.length > 1 ? 'one of type' : 'of type') + ' ' + formatList(c.types, 'or');
    if (c.instances.length > 0 || c.other.length > 0) msg += ' or ';
  }
  if (c.instances.length > 0) {
    msg += 'an instance of ' + formatList(c.instances, 'or');
    if (c.other.length > 0) msg += ' or ';
  }
  if (c.other.length > 1) {
    msg += 'one of ' + formatList(c.other, 'or');
  } else if (c.other.length === 1) {
    if (c.other[0].toLowerCase() !== c.other[0]) msg += 'an ';
    msg += c.other[0];
  }
  return msg + '. Received ' + determineSpecificType(actual);
}

// Node uses a plain Error subclass rather than DOMException for AbortError.
function AbortError(message, options) {
  if (message === undefined) message = 'The operation was aborted';
  if (options !== undefined && typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  var err = new Error(message);
  Object.setPrototypeOf(err, AbortError.prototype);
  if (options && 'cause' in options) {
    Object.defineProperty(err, 'cause', {
      value: options.cause, enumerable: false, writable: true, configurable: true
    });
  }
  err.code = 'ABORT_ERR';
  err.name = 'AbortError';
  return err;
}
AbortError.prototype = Object.create(Error.prototype);
Object.defineProperty(AbortError.prototype, 'constructor', {
  value: AbortError, enumerable: false, writable: true, configurable: true
});

function notImplemented(what) {
  return new codes.ERR_NOT_IMPLEMENTED(what);
}

module.exports = {
  codes: codes,
  E: E,
  AbortError: AbortError,
  notImplemented: notImplemented,
  determineSpecificType: determineSpecificType,
  formatList: formatList,
  addNumericalSeparator: addNumericalSeparator,
  invalidArgTypeMessage: invalidArgTypeMessage,
  getMessage: getMessage
};

// The table is data; it registers each code through E().
require('internal/error_messages').register(E, module.exports);
