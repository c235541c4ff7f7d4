// internal/builtins/string: the ES2017+ String methods Duktape lacks.
//
// What: padStart, padEnd, trimStart/trimEnd (and the trimLeft/trimRight
// aliases), at, replaceAll, matchAll, normalize, String.raw. (Duktape has
// codePointAt, fromCodePoint, startsWith, endsWith, includes, repeat;
// @@iterator is in iterators.js.)
//
// Interface: install(global).
//
// Invariants:
//   * normalize() is exact only where it can be without Unicode tables:
//     every form leaves pure-ASCII text unchanged, and NFC leaves any text
//     below U+0300 unchanged (that range holds no combining marks and no
//     character that NFC rewrites). Anything else throws
//     ERR_NOT_IMPLEMENTED rather than return a wrong answer.
//   * replaceAll() with a string pattern expands $$, $&, $`, $' like
//     replace() does; with a RegExp it requires the g flag and delegates.
//
// Read first: common.js.  Spec: ECMAScript 2023 §22.1.3.
'use strict';

var common = require('internal/builtins/common');
var iterators = require('internal/builtins/iterators');

function thisString(self, name) {
  if (self === null || self === undefined) {
    throw new TypeError('String.prototype.' + name + ' called on null or undefined');
  }
  return String(self);
}

function pad(s, maxLength, fillString, atStart) {
  var len = common.toLength(maxLength);
  var filler = fillString === undefined ? ' ' : String(fillString);
  if (len <= s.length || filler === '') return s;
  var need = len - s.length;
  var fill = filler;
  while (fill.length < need) fill += fill;
  fill = fill.slice(0, need);
  return atStart ? fill + s : s + fill;
}

var WS = '[\\s\\uFEFF\\xA0]+';
var leadingWS = new RegExp('^' + WS);
var trailingWS = new RegExp(WS + '$');

function isRegExp(v) {
  if (!common.isObject(v)) return false;
  var m = v[Symbol.match];
  return m !== undefined ? !!m : Object.prototype.toString.call(v) === '[object RegExp]';
}

function flagsOf(re) {
  return re.flags !== undefined ? String(re.flags) :
    (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') + (re.multiline ? 'm' : '');
}

// GetSubstitution for a string (not RegExp) match: no capture groups.
function substitute(matched, position, str, replacement) {
  return replacement.replace(/\$([$&`']|\d{1,2}|<)/g, function (all, c) {
    if (c === '$') return '$';
    if (c === '&') return matched;
    if (c === '`') return str.slice(0, position);
    if (c === "'") return str.slice(position + matched.length);
    return all;
  });
}

function replaceAll(searchValue, replaceValue) {
  var str = thisString(this, 'replaceAll');
  if (isRegExp(searchValue)) {
    if (flagsOf(searchValue).indexOf('g') < 0) {
      throw new TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
    }
    return str.replace(searchValue, replaceValue);
  }
  var search = String(searchValue);
  var fn = typeof replaceValue === 'function' ? replaceValue : null;
  var replacement = fn === null ? String(replaceValue) : '';
  var step = search.length > 0 ? search.length : 1;
  var out = '';
  var end = 0;
  for (var pos = str.indexOf(search, 0); pos !== -1;
       pos = pos + step > str.length ? -1 : str.indexOf(search, pos + step)) {
    out += str.slice(end, pos);
    out += fn !== null ? String(fn(search, pos, str)) : substitute(search, pos, str, replacement);
    end = pos + search.length;
  }
  return out + str.slice(end);
}

// %RegExpStringIteratorPrototype%
var RegExpStringIteratorPrototype = Object.create(iterators.IteratorPrototype);
common.defineValue(RegExpStringIteratorPrototype, 'next', function next() {
  if (this._done) return { value: undefined, done: true };
  var m = this._re.exec(this._str);
  if (m === null) {
    this._done = true;
    return { value: undefined, done: true };
  }
  if (m[0] === '') this._re.lastIndex = this._re.lastIndex + 1;
  return { value: m, done: false };
});
Object.defineProperty(RegExpStringIteratorPrototype, Symbol.toStringTag, {
  value: 'RegExp String Iterator', configurable: true
});

function matchAll(regexp) {
  var str = thisString(this, 'matchAll');
  var re;
  if (isRegExp(regexp)) {
    var flags = flagsOf(regexp);
    if (flags.indexOf('g') < 0) {
      throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
    }
    re = new RegExp(regexp.source, flags);
    re.lastIndex = common.toLength(regexp.lastIndex);
  } else {
    re = new RegExp(regexp === undefined ? '(?:)' : regexp, 'g');
  }
  var it = Object.create(RegExpStringIteratorPrototype);
  common.defineValue(it, '_re', re);
  common.defineValue(it, '_str', str);
  common.defineValue(it, '_done', false);
  return it;
}

var FORMS = { NFC: true, NFD: true, NFKC: true, NFKD: true };

function normalize(form) {
  var str = thisString(this, 'normalize');
  var f = form === undefined ? 'NFC' : String(form);
  if (FORMS[f] !== true) {
    throw new RangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
  }
  var limit = f === 'NFC' ? 0x300 : 0x80;
  for (var i = 0; i < str.length; i++) {
    if (str.charCodeAt(i) >= limit) {
      throw require('internal/errors').notImplemented(
        'String.prototype.normalize(\'' + f + '\') of text with U+' +
        str.charCodeAt(i).toString(16).toUpperCase() + ' (no Unicode tables)');
    }
  }
  return str;
}

function raw(template) {
  var cooked = Object(template);
  var r = Object(cooked.raw);
  var len = common.toLength(r.length);
  var out = '';
  for (var i = 0; i < len; i++) {
    out += String(r[i]);
    if (i + 1 < len && i + 1 < arguments.length) out += String(arguments[i + 1]);
  }
  return out;
}

var methods = {
  padStart: function padStart(maxLength, fillString) {
    return pad(thisString(this, 'padStart'), maxLength, fillString, true);
  },
  padEnd: function padEnd(maxLength, fillString) {
    return pad(thisString(this, 'padEnd'), maxLength, fillString, false);
  },
  trimStart: function trimStart() {
    return thisString(this, 'trimStart').replace(leadingWS, '');
  },
  trimEnd: function trimEnd() {
    return thisString(this, 'trimEnd').replace(trailingWS, '');
  },
  at: function at(index) {
    var s = thisString(this, 'at');
    var k = common.toInteger(index);
    if (k < 0) k += s.length;
    return k < 0 || k >= s.length ? undefined : s.charAt(k);
  },
  replaceAll: replaceAll,
  matchAll: matchAll,
  normalize: normalize
};

function install(global) {
  common.defineMissing(String.prototype, methods);
  common.defineMissing(String.prototype, {
    trimLeft: String.prototype.trimStart,
    trimRight: String.prototype.trimEnd
  });
  common.defineMissing(String, { raw: raw });
}

exports.install = install;
