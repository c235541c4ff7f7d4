// internal/util/inspect: util.inspect, Node v20's output format to the character.
//
// What: turns any value into the string console.log prints for it. A port of
// Node's lib/internal/util/inspect.js to ES5 on Duktape, split in five:
//   inspect.js (this file)   options, formatValue / formatRaw, properties
//   inspect_keys.js          which keys an object shows, its prefix and tag
//   inspect_kinds.js         per-kind bodies: arrays, typed arrays, Map/Set,
//                            Promise, errors, functions, boxed primitives
//   inspect_layout.js        line breaking and array grouping
//   inspect_primitives.js    strings, numbers, escaping, display width
//
// Interface: inspect(value[, opts]) / inspect(value, showHidden, depth, colors);
//   inspect.custom, inspect.defaultOptions, inspect.colors, inspect.styles;
//   formatValue(ctx, value, recurseTimes, typedArray), formatProperty(...)
//   (used by inspect_kinds.js).
//
// Invariants:
//   * recurseTimes counts levels already entered; at recurseTimes > depth an
//     object prints as [Object] / [Array] / [Foo].
//   * ctx.seen is the stack of objects being printed: meeting one again is a
//     cycle ([Circular *1]); the owner then gets the <ref *1> prefix.
// Engine limits (documented differences): Proxy objects are not detected;
//   classes lowered to functions print as [Function: A] unless marked (see
//   inspect_kinds.js isClass).
// Node doc: api/util.md § "util.inspect(object[, options])"

'use strict';

var prim = require('internal/util/inspect_primitives');
var layout = require('internal/util/inspect_layout');
var types = require('internal/util/types');
var kinds = require('internal/util/inspect_kinds');
var keysOf = require('internal/util/inspect_keys');
var getPrefix = keysOf.getPrefix;
var getKeys = keysOf.getKeys;
var getCtxStyle = keysOf.getCtxStyle;
var getTag = keysOf.getTag;
var isEnumerable = keysOf.isEnumerable;
var getOwnNonIndexProperties = keysOf.getOwnNonIndexProperties;

var kObjectType = layout.kObjectType;
var kArrayType = layout.kArrayType;

var customInspectSymbol = Symbol['for']('nodejs.util.inspect.custom');

var inspectDefaultOptions = Object.seal({
  showHidden: false, depth: 2, colors: false, customInspect: true,
  showProxy: false, maxArrayLength: 100, maxStringLength: 10000,
  breakLength: 80, compact: 3, sorted: false, getters: false,
  numericSeparator: false
});
var optionNames = Object.keys(inspectDefaultOptions);

function stylizeNoColor(str) {
  return str;
}
function stylizeWithColor(str, styleType) {
  var style = inspect.styles[styleType];
  if (style !== undefined) {
    var color = inspect.colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}

function makeContext() {
  var ctx = { budget: {}, indentationLvl: 0, seen: [], currentDepth: 0,
    stylize: stylizeNoColor, circular: undefined };
  for (var i = 0; i < optionNames.length; i++) {
    ctx[optionNames[i]] = inspectDefaultOptions[optionNames[i]];
  }
  return ctx;
}

function applyOptions(ctx, opts) {
  var keys = Object.keys(opts);
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key) || key === 'stylize') {
      ctx[key] = opts[key];
    } else if (ctx.userOptions === undefined) {
      ctx.userOptions = opts; // passed through to custom inspect functions
    }
  }
}

// @anchor inspect
function inspect(value, opts) {
  var ctx = makeContext();
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') ctx.showHidden = opts;
    else if (opts) applyOptions(ctx, opts);
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get: function () { return inspectDefaultOptions; },
  set: function (options) {
    require('internal/validators').validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  }
});

inspect.colors = require('internal/util/inspect_colors').makeColors();
inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', 'null': 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline'
});

// The options object handed to a custom [inspect.custom] function.
function getUserOptions(ctx) {
  var ret = { stylize: ctx.stylize };
  for (var i = 0; i < optionNames.length; i++) ret[optionNames[i]] = ctx[optionNames[i]];
  if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
  return ret;
}

function indentLines(str, n) {
  return str.split('\n').join('\n' + prim.repeat(' ', n));
}

// Returns the custom inspection result, or undefined to inspect normally.
function tryCustomInspect(ctx, value, recurseTimes) {
  var maybeCustom = value[customInspectSymbol];
  if (typeof maybeCustom !== 'function' || maybeCustom === inspect ||
      (value.constructor && value.constructor.prototype === value)) {
    return undefined;
  }
  var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  var ret = maybeCustom.call(value, depth, getUserOptions(ctx), inspect);
  if (ret === value) return undefined;
  if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
  return indentLines(ret, ctx.indentationLvl);
}

function circularIndex(ctx, value) {
  var index;
  if (ctx.circular === undefined) {
    ctx.circular = { objects: [value], ids: [1] };
    return 1;
  }
  var pos = ctx.circular.objects.indexOf(value);
  if (pos !== -1) return ctx.circular.ids[pos];
  index = ctx.circular.objects.length + 1;
  ctx.circular.objects.push(value);
  ctx.circular.ids.push(index);
  return index;
}

// @anchor format-value
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return prim.formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');
  if (ctx.customInspect) {
    var custom = tryCustomInspect(ctx, value, recurseTimes);
    if (custom !== undefined) return custom;
  }
  if (ctx.seen.indexOf(value) !== -1) {
    return ctx.stylize('[Circular *' + circularIndex(ctx, value) + ']', 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch (e) {
    return false;
  }
}

// Name of the nearest constructor on the prototype chain; null for a
// null-prototype object; 'Foo <Bar>' style when the chain is unusual.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  var firstProto;
  var tmp = obj;
  while (obj) {
    var descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !kinds.isBuiltinName(descriptor.value.name))) {
        kinds.addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  var res = types.classOf(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return res + ' <Complex prototype>';
  var protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    var opts = getUserOptions(ctx);
    opts.customInspect = false;
    opts.depth = -1;
    return res + ' <' + inspect(firstProto, opts) + '>';
  }
  return res + ' <' + protoConstr + '>';
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  var constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  var tag = getTag(ctx, value);
  var st = kinds.describe(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps);
  if (typeof st === 'string') return st;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    var name = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) name = '[' + name + ']';
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output = st.formatter(ctx, value, recurseTimes);
  for (var i = 0; i < st.keys.length; i++) {
    output.push(formatProperty(ctx, value, recurseTimes, st.keys[i], st.extrasType));
  }
  if (protoProps !== undefined) output.push.apply(output, protoProps);
  var base = addReference(ctx, value, st);
  ctx.seen.pop();
  if (ctx.sorted) sortOutput(ctx, output, st);
  var res = layout.reduceToSingleString(ctx, output, base, st.braces, st.extrasType,
    recurseTimes, value);
  var newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 134217728) ctx.depth = -1; // 2 ** 27: stop runaway output
  return res;
}

// <ref *1> in front of an object that a [Circular *1] points back to.
function addReference(ctx, value, st) {
  var base = st.base;
  if (ctx.circular === undefined) return base;
  var pos = ctx.circular.objects.indexOf(value);
  if (pos === -1) return base;
  var reference = ctx.stylize('<ref *' + ctx.circular.ids[pos] + '>', 'special');
  if (ctx.compact !== true) return base === '' ? reference : reference + ' ' + base;
  st.braces[0] = reference + ' ' + st.braces[0];
  return base;
}

function sortOutput(ctx, output, st) {
  var comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (st.extrasType === kObjectType) {
    output.sort(comparator);
  } else if (st.keys.length > 1) {
    var sorted = output.slice(output.length - st.keys.length).sort(comparator);
    var args = [output.length - st.keys.length, st.keys.length].concat(sorted);
    output.splice.apply(output, args);
  }
}

function formatGetter(ctx, desc, original, recurseTimes) {
  var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  var s = ctx.stylize;
  var sp = 'special';
  if (!(ctx.getters && (ctx.getters === true ||
      (ctx.getters === 'get' && desc.set === undefined) ||
      (ctx.getters === 'set' && desc.set !== undefined)))) {
    return s('[' + label + ']', sp);
  }
  try {
    var tmp = desc.get.call(original);
    var str;
    ctx.indentationLvl += 2;
    if (tmp === null) {
      str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
    } else if (typeof tmp === 'object') {
      str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
    } else {
      str = s('[' + label + ':', sp) + ' ' + prim.formatPrimitive(s, tmp, ctx) + s(']', sp);
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    return s('[' + label + ':', sp) + ' <Inspection threw (' + err.message + ')>' + s(']', sp);
  }
}

function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return '[' + ctx.stylize(prim.escapeKey(Symbol.prototype.toString.call(key)), 'symbol') + ']';
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return '[' + prim.escapeKey(key) + ']';
  if (prim.isIdentifierKey(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(prim.strEscape(key), 'string');
}

// @anchor format-property
function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
  if (original === undefined) original = value;
  var str;
  var extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < prim.getStringWidth(str, ctx.colors)) {
      extra = '\n' + prim.repeat(' ', ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatGetter(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return formatKey(ctx, key, desc) + ':' + extra + str;
}

module.exports = {
  inspect: inspect,
  inspectDefaultOptions: inspectDefaultOptions,
  formatValue: formatValue,
  formatProperty: formatProperty,
  getPrefix: getPrefix,
  getKeys: getKeys,
  getCtxStyle: getCtxStyle,
  getOwnNonIndexProperties: getOwnNonIndexProperties,
  stylizeNoColor: stylizeNoColor
};
