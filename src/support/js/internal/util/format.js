// internal/util/format: util.format and util.formatWithOptions.
//
// What: printf-like formatting. Specifiers: %s (String, or a shallow inspect
// for objects without their own toString), %d %i %f (numbers; NaN for symbols),
// %j (JSON, '[Circular]' on cycles), %o (inspect with showHidden, depth 4),
// %O (inspect), %c (consumes a CSS argument, prints nothing), %% (a '%').
// Arguments left over are appended, separated by spaces: strings as they are,
// everything else through util.inspect. A non-string first argument means
// "inspect every argument".
//
// Interface: format(...args), formatWithOptions(inspectOptions, ...args)
// Invariants: a port of Node v20's formatWithOptionsInternal.
// Node doc: api/util.md § "util.format(format[, ...args])"

'use strict';

var inspectModule = null;
function I() {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function formatNumberNoColor(number, options) {
  var sep = options && options.numericSeparator != null ? options.numericSeparator :
    I().inspectDefaultOptions.numericSeparator;
  return require('internal/util/inspect_primitives').formatNumber(String, number, sep);
}

function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
function returnFalse() {
  return false;
}

// True when value's toString / Symbol.toPrimitive is a built-in one (then %s
// inspects it rather than calling String()).
function hasBuiltInToString(value) {
  var hasOwnToString = hasOwn;
  var hasOwnToPrimitive = hasOwn;
  var toPrim = Symbol.toPrimitive;
  if (typeof value.toString !== 'function') {
    if (typeof value[toPrim] !== 'function') return true;
    if (hasOwn(value, toPrim)) return false;
    hasOwnToString = returnFalse;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[toPrim] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (hasOwn(value, toPrim)) {
    return false;
  }
  var pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, toPrim));
  var descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    require('internal/util/inspect_kinds').isBuiltinName(descriptor.value.name);
}

var circularMessage;
function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!circularMessage) {
      try {
        var a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularMessage = circularError.message.split('\n')[0];
      }
    }
    if (err.name === 'TypeError' && err.message.split('\n')[0] === circularMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function merge(base, extra) {
  var out = {};
  var k;
  if (base) for (k in base) if (Object.prototype.hasOwnProperty.call(base, k)) out[k] = base[k];
  for (k in extra) out[k] = extra[k];
  return out;
}

function formatS(arg, opts) {
  if (typeof arg === 'number') return formatNumberNoColor(arg, opts);
  if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
  return I().inspect(arg, merge(opts, { compact: 3, colors: false, depth: 0 }));
}

function toNumberArg(arg, convert, opts) {
  if (typeof arg === 'symbol') return 'NaN';
  return formatNumberNoColor(convert(arg), opts);
}

// One specifier; returns the replacement text, or undefined if `code` is not one.
function formatOne(code, arg, opts) {
  switch (code) {
    case 115: return formatS(arg, opts);                         // %s
    case 106: return tryStringify(arg);                          // %j
    case 100: return toNumberArg(arg, Number, opts);             // %d
    case 79: return I().inspect(arg, opts);                      // %O
    case 111:                                                    // %o
      return I().inspect(arg, merge(opts, { showHidden: true, showProxy: true, depth: 4 }));
    case 105: return toNumberArg(arg, parseInt, opts);           // %i
    case 102: return toNumberArg(arg, parseFloat, opts);         // %f
    case 99: return '';                                          // %c
    default: return undefined;
  }
}

// @anchor format-with-options
function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var lastPos = 0;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      var nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        var tempStr = formatOne(nextChar, args[a + 1], inspectOptions);
        if (tempStr === undefined) continue;
        a++;
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    var value = args[a];
    str += join;
    str += typeof value !== 'string' ? I().inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format() {
  var args = new Array(arguments.length);
  for (var i = 0; i < args.length; i++) args[i] = arguments[i];
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions) {
  var validators = require('internal/validators');
  validators.validateObject(inspectOptions, 'inspectOptions', validators.kValidateObjectAllowArray);
  var args = new Array(arguments.length - 1);
  for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  format: format,
  formatWithOptions: formatWithOptions,
  formatWithOptionsInternal: formatWithOptionsInternal
};
