// The syntax lowering: modern JavaScript in, JavaScript that Duktape runs out.
//
// What: the module loader (and -e/-p) calls lower() on a user's source before
// compiling it. Two stages, both run inside Duktape:
//   1. prepass.js (ours, on acorn 8): async/await, generators, for-of,
//      ?. ?? ??= ||= &&=, class fields, templates ... -> ES2015;
//   2. Bublé 0.20: let/const, arrows, classes, destructuring, default and
//      rest parameters, spread -> ES5.1.
// Both edit the text in place, so every line stays on its line: errors point
// at the user's source without a source map. The transpilers are loaded on
// the first lower() only; needsLowering() is a cheap scan, so ES5 code pays
// nothing. The disk cache (lowering_binding.cpp) is consulted by lower().
// Interface:
//   needsLowering(source) -> bool   may be true for ES5 (cheap, conservative)
//   lower(source, filename) -> string; throws SyntaxError with
//     err.lineNumber / err.columnNumber (1-based line) of the original source.
//   VERSION  bump when the output of lower() changes (part of the cache key).
// Invariants: never returns code that was not produced from `source` by this
//   version of the lowering (cache entries are verified by the binding).
// Read first: docs/language.md; prepass.js; runtime.js (what lowered code calls).
'use strict';

var VERSION = 'lowering-1;acorn-8.14.0;buble-0.20.0';

// Anything that ES5 lacks, or that Duktape gets wrong (its const is
// function-scoped). False positives only cost a lowering, which is cached.
var MODERN = new RegExp([
  '\\blet\\s*[\\w$\\[{]', '\\bconst\\s', '=>', '`', '\\bclass\\s*[\\w${]', '\\.\\.\\.', '\\?\\.', '\\?\\?',
  'for\\s*(await\\s*)?\\([^;)]*\\bof\\b', '\\basync\\s*[\\w$(]', '\\*\\s*[\\w$\\[]+\\s*\\(', 'function\\s*\\*',
  '\\d_\\d', 'catch\\s*\\{', '\\bnew\\.target\\b', '\\|\\|=', '&&=', '^#!', '(var|let|const)\\s*[\\[{]',
  '\\[[^\\]]*\\]\\s*\\([^)]*\\)\\s*\\{', 'function\\s*[\\w$]*\\s*\\([^)]*='
].join('|'));

function needsLowering(source) {
  return MODERN.test(source);
}

var transpilers = null;

// Loads acorn and Bublé on first use and makes Bublé's MagicString keep lines.
function load() {
  if (transpilers) return transpilers;
  var acorn = require('internal/deps/acorn');
  var buble = require('internal/deps/buble');
  require('internal/lowering/keep_lines').patch(buble.__MagicString);
  transpilers = { acorn: acorn, buble: buble, prepass: require('internal/lowering/prepass') };
  return transpilers;
}

var BUBLE_OPTIONS = {
  transforms: {
    asyncAwait: false, generator: false, forOf: false, dangerousForOf: false,
    computedProperty: false, conciseMethodProperty: false, moduleImport: false, moduleExport: false,
    numericLiteral: false, exponentiation: false, reservedProperties: false, trailingFunctionCommas: true
  },
  objectAssign: 'Object.assign'
};

// Turns acorn's, Bublé's or the pre-pass's error into a Node-style
// SyntaxError: the message without "(line:col)", the location in
// fileName/lineNumber/columnNumber (the uncaught-error printer shows
// file:line above the message, as Node does). Unsupported constructs also
// name the line in the message itself.
function syntaxError(e, source, filename) {
  var line, column, msg = String(e && e.message);
  if (e && e.loc) {
    line = e.loc.line; column = e.loc.column;
  } else if (e && typeof e.pos === 'number') {
    var before = source.slice(0, e.pos).split('\n');
    line = before.length; column = before[before.length - 1].length;
  } else {
    return e;                                   // not a syntax error: a bug, rethrow as is
  }
  msg = msg.replace(/\s*\(\d+:\d+\)\s*$/, '');  // acorn/Bublé put "(line:col)" at the end
  if (e.minodeLowering) msg += ' (line ' + line + ')';
  var err = new SyntaxError(msg);
  err.fileName = filename;
  err.lineNumber = line;
  Object.defineProperty(err, 'columnNumber', { value: column + 1, writable: true, configurable: true });
  Object.defineProperty(err, 'stack', {
    value: 'SyntaxError: ' + msg, writable: true, configurable: true, enumerable: false
  });
  return err;
}

function lowerUncached(source, filename) {
  var t = load(), stage1, stage2;
  try {
    stage1 = t.prepass.lowerToEs2015(t.acorn, source);
    stage2 = t.buble.transform(stage1, BUBLE_OPTIONS).code;
  } catch (e) {
    throw syntaxError(e, source, filename);
  }
  return stage2;
}

var binding = null;
function cacheBinding() {
  if (binding === null) {
    try { binding = internalBinding('lowering'); } catch (e) { binding = false; }
  }
  return binding;
}

// Lowered code calls the helpers as the global __minode (runtime.js).
function installRuntime() {
  var g = Function('return this')();
  if (g.__minode) return;
  Object.defineProperty(g, '__minode', {
    value: require('internal/lowering/runtime'), writable: false, enumerable: false, configurable: false
  });
}

function lower(source, filename) {
  filename = filename || '<anonymous>';
  installRuntime();
  var cache = cacheBinding();
  if (cache && cache.enabled()) {
    var hit = cache.read(source, VERSION);
    if (typeof hit === 'string') return hit;
    var out = lowerUncached(source, filename);
    cache.write(source, VERSION, out);
    return out;
  }
  return lowerUncached(source, filename);
}

module.exports = {
  VERSION: VERSION,
  needsLowering: needsLowering,
  lower: lower,
  lowerUncached: lowerUncached
};
