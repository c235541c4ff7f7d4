// internal/util/inspect_layout: how util.inspect lays formatted entries out.
//
// What: given the already-formatted entries of one object/array, decide
// between `{ a: 1, b: 2 }` on one line, one entry per line, or (arrays of
// more than 6 short items) aligned columns. This is where breakLength (80)
// and compact (3) take effect.
//
// Interface:
//   reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value)
//   kObjectType, kArrayType, kArrayExtrasType
//
// Invariants: a port of Node v20's functions of the same names; the numbers
// (2.5 char height, 16 columns cap of 15, +10 start) are Node's and must stay
// identical for output to match character for character.
// Read first: inspect.js (formatRaw calls this last).

'use strict';

var prim = require('internal/util/inspect_primitives');

var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;

function padStart(str, width) {
  while (str.length < width) str = ' ' + str;
  return str;
}
function padEnd(str, width) {
  while (str.length < width) str += ' ';
  return str;
}

function columnCount(ctx, dataLen, outputLength, totalLength, actualMax, entries) {
  var approxCharHeights = 2.5;
  var averageBias = Math.sqrt(actualMax - totalLength / entries);
  var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  return Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15);
}

function isAllNumbers(value, n) {
  if (value === undefined) return true;
  for (var i = 0; i < n; i++) {
    if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') return false;
  }
  return true;
}

// @anchor group-array-elements
// Packs many short array entries into aligned columns.
function groupArrayElements(ctx, output, value) {
  var totalLength = 0;
  var maxLength = 0;
  var i;
  var outputLength = output.length;
  // The "... n more items" entry does not take part in the grouping.
  if (ctx.maxArrayLength < output.length) outputLength--;
  var separatorSpace = 2;
  var dataLen = new Array(outputLength);
  for (i = 0; i < outputLength; i++) {
    var len = prim.getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (!(actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6))) {
    return output;
  }
  var columns = columnCount(ctx, dataLen, outputLength, totalLength, actualMax, output.length);
  if (columns <= 1) return output;
  var maxLineLength = [];
  for (i = 0; i < columns; i++) {
    var lineMaxLength = 0;
    for (var j = i; j < output.length; j += columns) {
      if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
    }
    maxLineLength.push(lineMaxLength + separatorSpace);
  }
  var numeric = isAllNumbers(value, output.length);
  var tmp = [];
  for (i = 0; i < outputLength; i += columns) {
    tmp.push(groupedLine(output, dataLen, maxLineLength, i,
      Math.min(i + columns, outputLength), numeric));
  }
  if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
  return tmp;
}

// One row of the grouped layout: numbers align right, everything else left.
function groupedLine(output, dataLen, maxLineLength, start, max, numeric) {
  var order = numeric ? padStart : padEnd;
  var str = '';
  var j = start;
  for (; j < max - 1; j++) {
    var padding = maxLineLength[j - start] + output[j].length - dataLen[j];
    str += order(output[j] + ', ', padding);
  }
  if (numeric) {
    str += padStart(output[j], maxLineLength[j - start] + output[j].length - dataLen[j] - 2);
  } else {
    str += output[j];
  }
  return str;
}

function isBelowBreakLength(ctx, output, start, base) {
  var totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (var i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? prim.removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

// @anchor reduce-to-single-string
function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  var indentation;
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Only the innermost `compact` levels may be put on a single line.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joined = output.join(', ');
          if (joined.indexOf('\n') === -1) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    indentation = '\n' + prim.repeat(' ', ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  indentation = prim.repeat(' ', ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ?
    ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
  return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
}

module.exports = {
  reduceToSingleString: reduceToSingleString,
  kObjectType: kObjectType,
  kArrayType: kArrayType,
  kArrayExtrasType: kArrayExtrasType
};
