// internal/assert/assertion_error: the AssertionError class (ERR_ASSERTION).
//
// What: the error every failed assertion throws, with Node v20's generated
// messages, including the "+ actual - expected" line diff of strictEqual and
// deepStrictEqual (internal/assert/diff.js builds it).
// Interface: new AssertionError({ message, actual, expected, operator,
// stackStartFn }) -> Error with name 'AssertionError', code 'ERR_ASSERTION',
// actual, expected, operator, generatedMessage; toString() gives
// 'AssertionError [ERR_ASSERTION]: <message>'.
// Invariants: `err instanceof Error`; a given message is used verbatim;
// values are inspected the way Node's assert does (compact: false,
// sorted keys, no custom inspect), so messages match line for line.
// Read first: internal/assert/diff.js. Doc: api/assert.md § "Class: assert.AssertionError".
'use strict';

var diff = require('internal/assert/diff');

var kReadableOperator = diff.kReadableOperator;

function validateOptions(options) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    var codes = require('internal/errors').codes;
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
}

// notStrictEqual / notDeepStrictEqual: show "actual" alone.
function notEqualMessage(actual, operator) {
  var base = kReadableOperator[operator];
  var res = diff.inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (res.length > 50) {
    res[46] = '...';
    res.length = 47;
  }
  if (res.length === 1) return base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
  return base + '\n\n' + res.join('\n') + '\n';
}

// equal, notEqual, deepEqual, notDeepEqual, fail(a, b) and custom operators.
function looseMessage(actual, expected, operator) {
  var res = diff.inspectValue(actual);
  var other = diff.inspectValue(expected);
  var known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = known + '\n\n' + res;
    return res.length > 1024 ? res.slice(0, 1021) + '...' : res;
  }
  if (res.length > 512) res = res.slice(0, 509) + '...';
  if (other.length > 512) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    res = known + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
  } else if (kReadableOperator[operator + 'Unequal']) {
    res = kReadableOperator[operator + 'Unequal'] + '\n\n' + res +
      '\n\nshould not loosely deep-equal\n\n';
  } else {
    other = ' ' + operator + ' ' + other;
  }
  return res + other;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return diff.createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator);
  }
  return looseMessage(actual, expected, operator);
}

function AssertionError(options) {
  if (!(this instanceof AssertionError)) {
    throw new TypeError("Class constructor AssertionError cannot be invoked without 'new'");
  }
  validateOptions(options);
  var message = options.message;
  var op = options.operator;
  var text;
  if (message != null && (op === 'strictEqual' || op === 'deepStrictEqual')) {
    text = diff.createErrDiff(options.actual, options.expected, op, String(message));
  } else {
    text = message != null ? String(message) :
      generateMessage(options.actual, options.expected, op);
  }
  var err = new Error(text);
  Object.setPrototypeOf(err, AssertionError.prototype);
  err.generatedMessage = !message;
  err.code = 'ERR_ASSERTION';
  err.actual = options.actual;
  err.expected = options.expected;
  err.operator = options.operator;
  return err;
}

AssertionError.prototype = Object.create(Error.prototype);
Object.defineProperty(AssertionError.prototype, 'constructor', {
  value: AssertionError, enumerable: false, writable: true, configurable: true
});
Object.defineProperty(AssertionError.prototype, 'name', {
  value: 'AssertionError', enumerable: false, writable: true, configurable: true
});
Object.defineProperty(AssertionError.prototype, 'toString', {
  value: function toString() { return this.name + ' [' + this.code + ']: ' + this.message; },
  enumerable: false, writable: true, configurable: true
});

module.exports = AssertionError;
