// internal/util/inspect_primitives: how util.inspect prints strings, numbers,
// booleans, undefined and symbols, and how it measures printed width.
//
// Interface:
//   formatPrimitive(stylize, value, ctx)   'abc' -> "'abc'", -0 -> '-0', long
//                                          strings split at '\n' with ' +'
//   formatNumber(stylize, n, numericSeparator)
//   strEscape(str)                         quote + escape like Node (', " or `)
//   escapeKey(str)                         escape without quoting (symbol/hidden keys)
//   getStringWidth(str, removeControlChars), stripVTControlCharacters(str), removeColors(str)
//   isIdentifierKey(key)                   keys printed bare: /^[a-zA-Z_][a-zA-Z_0-9]*$/
//
// Invariants: pure functions of their arguments; no engine-specific code.
// Read first: Node's lib/internal/util/inspect.js (strEscape, formatPrimitive).
// Node doc: api/util.md § "util.inspect(object[, options])"

'use strict';

var kMinLineLength = 16;

// Escapes for control characters, the single quote and the backslash.
var meta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'
];
function metaFor(code) {
  if (code < 32) return meta[code];
  if (code === 39) return "\\'";
  if (code === 92) return '\\\\';
  if (code >= 0x7f && code <= 0x9f) return '\\x' + code.toString(16).toUpperCase();
  return '\\u' + code.toString(16);
}

// Escapes everything Node escapes; `quote` (39 or -1) says whether ' is escaped.
function escapeChars(str, quote) {
  var result = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var point = str.charCodeAt(i);
    if (point === quote || point === 92 || point < 32 || (point > 126 && point < 160)) {
      result += str.slice(last, i) + metaFor(point);
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += str.slice(last, i) + '\\u' + point.toString(16);
      last = i + 1;
    }
  }
  return last === 0 ? str : result + str.slice(last);
}

// Prefer single quotes; fall back to " then ` when the string contains quotes.
function strEscape(str) {
  var quote = 39;
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = -1;
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = -2;
  }
  var body = escapeChars(str, quote);
  if (quote === -1) return '"' + body + '"';
  if (quote === -2) return '`' + body + '`';
  return "'" + body + "'";
}

function escapeKey(str) {
  return escapeChars(str, 39);
}

function addNumericSeparator(integerString) {
  var result = '';
  var i = integerString.length;
  var start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = '_' + integerString.slice(i - 3, i) + result;
  return i === integerString.length ? integerString : integerString.slice(0, i) + result;
}

function addNumericSeparatorEnd(integerString) {
  var result = '';
  var i = 0;
  for (; i < integerString.length - 3; i += 3) result += integerString.slice(i, i + 3) + '_';
  return i === 0 ? integerString : result + integerString.slice(i);
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && 1 / number < 0) return fn('-0', 'number');
    return fn('' + number, 'number');
  }
  var numberString = String(number);
  if (Math.floor(number) === number || !isFinite(number)) {
    if (!isFinite(number) || numberString.indexOf('e') !== -1) return fn(numberString, 'number');
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (number !== number) return fn(numberString, 'number');
  var dot = numberString.indexOf('.');
  return fn(addNumericSeparator(numberString.slice(0, dot)) + '.' +
    addNumericSeparatorEnd(numberString.slice(dot + 1)), 'number');
}

// Splits after each '\n', keeping the newline with the preceding line.
function splitLines(value) {
  var lines = [];
  var start = 0;
  var pos;
  while ((pos = value.indexOf('\n', start)) !== -1 && pos + 1 < value.length) {
    lines.push(value.slice(start, pos + 1));
    start = pos + 1;
  }
  lines.push(value.slice(start));
  return lines;
}

function repeat(str, n) {
  var out = '';
  for (var i = 0; i < n; i++) out += str;
  return out;
}

function formatString(fn, value, ctx) {
  var trailer = '';
  if (value.length > ctx.maxStringLength) {
    var remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
  }
  if (ctx.compact !== true && value.length > kMinLineLength &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    return splitLines(value).map(function (line) {
      return fn(strEscape(line), 'string');
    }).join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(fn, value, ctx);
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'boolean': return fn('' + value, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// Matches ANSI escape sequences (chalk/ansi-regex, as Node uses).
var ansi = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    var errors = require('internal/errors');
    throw new errors.codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansi, '');
}

var colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return String(str).replace(colorRegExp, '');
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F || (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) || (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) || (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) || (code >= 0xE0100 && code <= 0xE01EF);
}

// Columns a string takes on a terminal (no ICU: Node's non-Intl fallback).
function getStringWidth(str, removeControlChars) {
  if (removeControlChars !== false) str = str.replace(ansi, '');
  var width = 0;
  for (var i = 0; i < str.length; i++) {
    var code = str.charCodeAt(i);
    if (code < 127) {
      width += code >= 32 ? 1 : 0;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
      code = (code - 0xd800) * 0x400 + str.charCodeAt(i + 1) - 0xdc00 + 0x10000;
      i++;
    }
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
function isIdentifierKey(key) {
  return keyStrRegExp.test(key);
}

module.exports = {
  formatPrimitive: formatPrimitive,
  formatNumber: formatNumber,
  strEscape: strEscape,
  escapeKey: escapeKey,
  getStringWidth: getStringWidth,
  stripVTControlCharacters: stripVTControlCharacters,
  removeColors: removeColors,
  isIdentifierKey: isIdentifierKey,
  repeat: repeat
};
