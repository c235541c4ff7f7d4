// internal/assert/diff: the "+ actual - expected" message of strict assertions.
//
// What: Node v20's line diff. Both values are inspected (one property per
// line), common trailing lines are trimmed, and the rest is walked line by
// line: equal lines are printed with two spaces, diverging ones as a block
// of '+' (actual) lines followed by the matching '-' (expected) lines.
// Interface: createErrDiff(actual, expected, operator[, custom]) -> message;
// inspectValue(v); kReadableOperator (operator -> headline).
// Invariants: output has no colours (minode never colours assert output);
// at most ~50 printed lines, longer runs of equal lines collapse to '...'.
// Read first: createErrDiff. Doc: api/assert.md § "assert.deepStrictEqual(actual, expected[, message])".
// Simplified: Node's v20 algorithm is line-positional (not an LCS diff), and
// so is this one; only the terminal-width check of the '^' indicator is
// fixed at 80 columns.
'use strict';

var kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

var kMaxShortLength = 12;

function inspectValue(val) {
  var inspect = require('internal/util/inspect').inspect;
  return inspect(val, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true
  });
}

function isObj(v) { return typeof v === 'object' && v !== null; }

// Two one-line values: either "a !== b" (short) or the column of the first
// difference for the '^' indicator (-1 for none).
function singleLine(actual, expected, a, e, operator, header) {
  var inputLength = a.length + e.length;
  if (inputLength <= kMaxShortLength) {
    if (!isObj(actual) && !isObj(expected) && (actual !== 0 || expected !== 0)) {
      return { short: (header || kReadableOperator[operator]) + '\n\n' + a + ' !== ' + e + '\n' };
    }
  } else if (operator !== 'strictEqualObject' && inputLength < 80) {
    var i = 0;
    while (a.charAt(i) === e.charAt(i) && i < a.length) i++;
    if (i > 2) return { indicator: '\n  ' + new Array(i + 1).join(' ') + '^', firstDiff: 0 };
    return { indicator: '', firstDiff: i };
  }
  return { indicator: '', firstDiff: 0 };
}

// Equal lines before a diverging one: show up to 2 (3 when exactly 5),
// collapsing longer runs into '...'.
function flushIdentical(state, lines, i) {
  var n = state.identical;
  if (n > 2) {
    if (n > 3) {
      if (n > 4) {
        if (n === 5) { state.res += '\n  ' + lines[i - 3]; state.printed++; }
        else { state.res += '\n...'; state.skipped = true; }
      }
      state.res += '\n  ' + lines[i - 2];
      state.printed++;
    }
    state.res += '\n  ' + lines[i - 1];
    state.printed++;
  }
  state.identical = 0;
}

// One position of the walk where both sides still have a line.
function compareLine(state, actualLines, expectedLines, i) {
  var expectedLine = expectedLines[i];
  var actualLine = actualLines[i];
  var diverging = actualLine !== expectedLine &&
    (actualLine.slice(-1) !== ',' || actualLine.slice(0, -1) !== expectedLine);
  if (diverging && expectedLine.slice(-1) === ',' && expectedLine.slice(0, -1) === actualLine) {
    diverging = false;
    actualLine += ',';
  }
  if (diverging) {
    flushIdentical(state, actualLines, i);
    state.res += '\n+ ' + actualLine;
    state.other += '\n- ' + expectedLine;
    state.printed += 2;
  } else {
    state.res += state.other;
    state.other = '';
    state.identical++;
    if (state.identical <= 2) { state.res += '\n  ' + actualLine; state.printed++; }
  }
}

// Trims the common tail; returns the text to print after the diff.
function trimCommonTail(actualLines, expectedLines, count) {
  var end = '', other = '';
  while (actualLines.length && expectedLines.length &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    var line = actualLines.pop();
    expectedLines.pop();
    if (count++ < 3) end = '\n  ' + line + end;
    else other = line;
  }
  if (count >= 5) end = '\n...' + end;
  if (other !== '') end = '\n  ' + other + end;
  return { end: end, skipped: count >= 5 };
}

// custom, when given, replaces the headline (Node v20.20 keeps the diff).
function createErrDiff(actual, expected, operator, custom) {
  var inspected = inspectValue(actual);
  var actualLines = inspected.split('\n');
  var expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' &&
      ((isObj(actual) && isObj(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  var indicator = '', count = 0;
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    var one = singleLine(actual, expected, actualLines[0], expectedLines[0], operator, custom);
    if (one.short) return one.short;
    indicator = one.indicator;
    count = one.firstDiff;
  }
  var tail = trimCommonTail(actualLines, expectedLines, count);
  var maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    var all = inspected.split('\n');
    if (all.length > 50) { all[46] = '...'; all.length = 47; }
    return (custom || kReadableOperator.notIdentical) + '\n\n' + all.join('\n') + '\n';
  }
  return walk(actualLines, expectedLines, maxLines, custom || kReadableOperator[operator], tail,
    indicator);
}

function walk(actualLines, expectedLines, maxLines, header, tail, indicator) {
  var state = { res: '', other: '', identical: 0, printed: 0, skipped: tail.skipped };
  var msg = header + '\n+ actual - expected';
  var skippedMsg = ' ... Lines skipped';
  var lines = actualLines, sign = '+', shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines; sign = '-'; shorter = actualLines.length;
  }
  for (var i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      flushIdentical(state, lines, i);
      if (lines === actualLines) state.res += '\n' + sign + ' ' + lines[i];
      else state.other += '\n' + sign + ' ' + lines[i];
      state.printed++;
    } else {
      compareLine(state, actualLines, expectedLines, i);
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + state.res + '\n...' + state.other + '\n...';
    }
  }
  return msg + (state.skipped ? skippedMsg : '') + '\n' + state.res + state.other +
    tail.end + indicator;
}

module.exports = {
  createErrDiff: createErrDiff,
  inspectValue: inspectValue,
  kReadableOperator: kReadableOperator
};
