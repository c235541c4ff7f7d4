// internal/util/inspect_collections: the entries of arrays, typed arrays,
// Map, Set, ArrayBuffer and Promise, as util.inspect prints them.
//
// Interface: formatter(ctx, value, recurseTimes) -> array of entry strings, for
//   formatArray, formatTypedArray, formatSet, formatMap, formatArrayBuffer,
//   formatPromise, formatWeakCollection; plus collectionSize(value, kind) and
//   formatBufferFallback(ctx, buf) (`<Buffer 68 69>` when Buffer has no
//   [inspect.custom] of its own).
//
// Invariants: at most ctx.maxArrayLength entries, then "... N more items";
//   holes in arrays print as <N empty items>.
// Promise state: read through the polyfill (internal/builtins/promise
//   getState/getResult); any other Promise may offer
//   Promise[Symbol.for('minode.promiseDetails')](p) -> [state, result].
// Read first: inspect_kinds.js.

'use strict';

var prim = require('internal/util/inspect_primitives');
var layout = require('internal/util/inspect_layout');
var kArrayType = layout.kArrayType;
var kArrayExtrasType = layout.kArrayExtrasType;

var inspectModule = null;
function I() {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

var global = (function () { return this; })() || Function('return this')();
var promiseDetailsKey = Symbol['for']('minode.promiseDetails');

function remainingText(remaining) {
  return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
}

var numberRegExp = /^(0|[1-9][0-9]*)$/;

// Sparse arrays (or ones with extra keys between indices): walk the keys.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  var keys = Object.keys(value);
  var index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    var key = keys[i];
    var tmp = +key;
    if (tmp > 4294967294) break;
    if ('' + index !== key) {
      if (!numberRegExp.test(key)) break;
      var emptyItems = tmp - index;
      output.push(ctx.stylize('<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>',
        'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(I().formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  var remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize('<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>',
        'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArray(ctx, value, recurseTimes) {
  var valLen = value.length;
  var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  var remaining = valLen - len;
  var output = [];
  for (var i = 0; i < len; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(I().formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  var length = value.length;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - maxLength;
  var output = new Array(maxLength);
  for (var i = 0; i < maxLength; ++i) {
    output[i] = prim.formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    var hidden = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (var j = 0; j < hidden.length; j++) {
      var str = I().formatValue(ctx, value[hidden[j]], recurseTimes, true);
      output.push('[' + hidden[j] + ']: ' + str);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function collectionSize(value, kind) {
  var proto = global[kind] && global[kind].prototype;
  var desc = proto && Object.getOwnPropertyDescriptor(proto, 'size');
  if (desc && typeof desc.get === 'function') return desc.get.call(value);
  return value.size;
}

// Visits each entry through the class's own forEach (works for polyfills and
// for null-prototype instances alike); stops collecting after `max`.
function eachEntry(value, kind, max, fn) {
  var i = 0;
  global[kind].prototype.forEach.call(value, function (v, k) {
    if (i < max) fn(v, k);
    i++;
  });
}

function formatSet(ctx, value, recurseTimes) {
  var length = collectionSize(value, 'Set');
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var output = [];
  ctx.indentationLvl += 2;
  eachEntry(value, 'Set', maxLength, function (v) {
    output.push(I().formatValue(ctx, v, recurseTimes));
  });
  if (length - maxLength > 0) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  var length = collectionSize(value, 'Map');
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var output = [];
  ctx.indentationLvl += 2;
  eachEntry(value, 'Map', maxLength, function (v, k) {
    output.push(I().formatValue(ctx, k, recurseTimes) + ' => ' +
      I().formatValue(ctx, v, recurseTimes));
  });
  if (length - maxLength > 0) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function hexBytes(bytes, count) {
  var parts = [];
  for (var i = 0; i < count; i++) {
    var b = bytes[i];
    parts.push((b < 16 ? '0' : '') + b.toString(16));
  }
  return parts.join(' ');
}

function formatArrayBuffer(ctx, value) {
  var buffer;
  try {
    buffer = new Uint8Array(value);
  } catch (e) {
    return [ctx.stylize('(detached)', 'special')];
  }
  var str = hexBytes(buffer, Math.min(ctx.maxArrayLength, buffer.length));
  var remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

// Node's Buffer.prototype[inspect.custom] (buffer.inspect, INSPECT_MAX_BYTES 50).
function formatBufferFallback(ctx, buf) {
  var max = 50;
  var str = hexBytes(buf, Math.min(max, buf.length));
  var remaining = buf.length - max;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  var extras = I().getOwnNonIndexProperties(buf, ctx.showHidden, true);
  if (extras.length > 0) {
    var obj = Object.create(null);
    extras.forEach(function (key) { obj[key] = buf[key]; });
    var opts = { breakLength: Infinity, compact: true, depth: ctx.depth,
      colors: ctx.colors, showHidden: ctx.showHidden };
    if (buf.length !== 0) str += ', ';
    str += I().inspect(obj, opts).slice(27, -2);
  }
  return '<' + buf.constructor.name + ' ' + str + '>';
}

// [state, result]: state 0 pending, 1 fulfilled, 2 rejected; or undefined.
function promiseDetails(value) {
  var b = require('internal/util/types').builtins('promise');
  if (b && global.Promise === b.Promise) {
    var state = b.getState(value);
    return [state === 'pending' ? 0 : state === 'fulfilled' ? 1 : 2, b.getResult(value)];
  }
  var hook = global.Promise && global.Promise[promiseDetailsKey];
  return typeof hook === 'function' ? hook(value) : undefined;
}

function formatPromise(ctx, value, recurseTimes) {
  var details = promiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  if (details[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  var str = I().formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === 2 ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

module.exports = {
  formatArray: formatArray,
  formatTypedArray: formatTypedArray,
  formatSet: formatSet,
  formatMap: formatMap,
  formatArrayBuffer: formatArrayBuffer,
  formatBufferFallback: formatBufferFallback,
  formatPromise: formatPromise,
  formatWeakCollection: formatWeakCollection,
  collectionSize: collectionSize,
  kArrayExtrasType: kArrayExtrasType
};
