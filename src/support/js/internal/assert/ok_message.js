// internal/assert/ok_message: the message of a failed assert(value) / assert.ok.
//
// What: Node prints the failing expression itself, read from the caller's
// source: "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n".
// Interface: falsyMessage(stack) -> message string, or null when the source
// cannot be found (the caller then uses Node's fallback, "<value> == true").
// Invariants: never throws; reads a file only when the stack names one
// (through fs, or internalBinding('module_fs') before fs exists).
// Read first: callSite. Doc: api/assert.md § "assert.ok(value[, message])".
// Simplified: Duktape stacks give a line but no column, so the first
// assert(...)/assert.ok(...) call on that line is taken, and only when the
// call ends on the same line (Node parses a multi-line call with acorn).
'use strict';

// "at fn (/abs/file.js:12)" (Duktape) or "at fn (/abs/file.js:12:3)" (V8):
// the first frame in a user file. Built-ins are named 'node:assert' under
// minode (no leading '/'); src/support/js/ covers them when tested in node.
function callSite(stack) {
  var lines = String(stack || '').split('\n');
  for (var i = 1; i < lines.length; i++) {
    var m = /\(?((?:file:\/\/)?\/[^():]+):(\d+)(?::\d+)?\)?/.exec(lines[i]);
    if (m && !/\/src\/support\/js\//.test(m[1])) {
      return { file: m[1].replace(/^file:\/\//, ''), line: parseInt(m[2], 10) };
    }
  }
  return null;
}

// The text of the first assert call on the line, parentheses balanced.
function extractCall(text) {
  var m = /\bassert(?:\.ok|\.strict(?:\.ok)?)?\s*\(/.exec(text);
  if (!m) return null;
  var depth = 0;
  var quote = null;
  for (var i = m.index + m[0].length - 1; i < text.length; i++) {
    var ch = text.charAt(i);
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')' && --depth === 0) {
      return text.slice(m.index, i + 1);
    }
  }
  return null;
}

// fs may not be loaded (or built) yet; the module loader's reader always is.
function readSource(file) {
  try {
    return require('fs').readFileSync(file, 'utf8');
  } catch (e) {
    return internalBinding('module_fs').readFile(file);
  }
}

function falsyMessage(stack) {
  try {
    var site = callSite(stack);
    if (!site) return null;
    var source = readSource(site.file).split('\n')[site.line - 1];
    var call = source === undefined ? null : extractCall(source);
    if (!call) return null;
    return 'The expression evaluated to a falsy value:\n\n  ' + call + '\n';
  } catch (e) {
    return null;
  }
}

module.exports = { falsyMessage: falsyMessage };
