// util: Node's util module — format, inspect, inherits, promisify,
// callbackify, deprecate, debuglog, isDeepStrictEqual, types, TextEncoder/
// TextDecoder and the legacy is* predicates.
//
// Interface: as api/util.md. The work lives in internal/util/*:
//   format.js (format, formatWithOptions), inspect*.js (inspect), wrappers.js
//   (promisify, callbackify, deprecate), debuglog.js, comparisons.js, types.js.
// Invariants: argument errors come from internal/errors with Node's codes and
//   messages. What minode does not provide (parseArgs, MIMEType, ...) throws
//   ERR_NOT_IMPLEMENTED when called.
// Read first: internal/util/inspect.js. Node doc: api/util.md

'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var fmt = require('internal/util/format');
var inspectModule = require('internal/util/inspect');
var prim = require('internal/util/inspect_primitives');
var wrappers = require('internal/util/wrappers');
var types = require('internal/util/types');
var codes = errors.codes;

var global = (function () { return this; })() || Function('return this')();
var inspect = inspectModule.inspect;

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function pad(n) {
  return n < 10 ? '0' + n : '' + n;
}
var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  var d = new Date();
  var t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + t;
}

// util.log: "26 Nov 22:15:01 - message" (deprecated in the docs, still present).
function log() {
  console.log('%s - %s', timestamp(), fmt.format.apply(null, arguments));
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  var i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function shouldColorize(stream) {
  var env = process.env || {};
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') {
    return false;
  }
  return Boolean(stream && stream.isTTY);
}

function isStreamLike(stream) {
  return stream !== null && typeof stream === 'object' &&
    (typeof stream.write === 'function' || typeof stream.pipe === 'function' ||
     typeof stream.getReader === 'function' || typeof stream.getWriter === 'function');
}

function styleCodes(key) {
  var c = inspect.colors[key];
  if (c == null) validators.validateOneOf(key, 'format', Object.keys(inspect.colors));
  return c;
}

function styleText(format, text, options) {
  options = options || {};
  var validateStream = options.validateStream === undefined ? true : options.validateStream;
  var stream = options.stream === undefined ? process.stdout : options.stream;
  validators.validateString(text, 'text');
  validators.validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
      stream);
  }
  var formats = Array.isArray(format) ? format : [format];
  var left = '';
  var right = '';
  for (var i = 0; i < formats.length; i++) {
    var c = styleCodes(formats[i]);
    left += '\u001b[' + c[0] + 'm';
    right = '\u001b[' + c[1] + 'm' + right;
  }
  if (!Array.isArray(format) && validateStream && !shouldColorize(stream)) return text;
  return left + text + right;
}

function toUSVString(input) {
  return String(input).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g,
    function (m, before) {
      return before === undefined ? '\ufffd' : before + '\ufffd';
    });
}

function getSystemErrorName(err) {
  validators.validateNumber(err, 'err');
  if (err >= 0 || Math.floor(err) !== err || Math.abs(err) > 9007199254740991) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  throw errors.notImplemented('util.getSystemErrorName');
}

function notProvided(name) {
  return function () { throw errors.notImplemented(name); };
}

module.exports = {
  _extend: extend,
  callbackify: wrappers.callbackify,
  debug: require('internal/util/debuglog').debuglog,
  debuglog: require('internal/util/debuglog').debuglog,
  deprecate: wrappers.deprecate,
  format: fmt.format,
  styleText: styleText,
  formatWithOptions: fmt.formatWithOptions,
  getSystemErrorMap: notProvided('util.getSystemErrorMap'),
  getSystemErrorName: getSystemErrorName,
  inherits: inherits,
  inspect: inspect,
  isDeepStrictEqual: require('internal/util/comparisons').isDeepStrictEqual,
  log: log,
  promisify: wrappers.promisify,
  stripVTControlCharacters: prim.stripVTControlCharacters,
  toUSVString: toUSVString,
  transferableAbortSignal: notProvided('util.transferableAbortSignal'),
  transferableAbortController: notProvided('util.transferableAbortController'),
  aborted: notProvided('util.aborted'),
  types: types,
  parseEnv: notProvided('util.parseEnv'),
  parseArgs: notProvided('util.parseArgs'),
  MIMEType: notProvided('util.MIMEType'),
  MIMEParams: notProvided('util.MIMEParams')
};

require('internal/util/legacy_predicates').install(module.exports);

// Duktape provides both natively (WHATWG Encoding API, UTF-8).
module.exports.TextEncoder = global.TextEncoder;
module.exports.TextDecoder = global.TextDecoder;
