// assert: Node's assertion functions (`require('assert')`, legacy mode).
//
// What: checks that throw an AssertionError (code 'ERR_ASSERTION') when a
// condition does not hold. The module itself is assert.ok; `assert.strict`
// (also `require('assert/strict')`) maps equal/deepEqual/notEqual/
// notDeepEqual to their strict forms.
// Interface: ok, equal, notEqual, deepEqual, notDeepEqual, strictEqual,
// notStrictEqual, deepStrictEqual, notDeepStrictEqual, throws, doesNotThrow,
// rejects, doesNotReject, match, doesNotMatch, fail, ifError,
// AssertionError, strict; CallTracker throws ERR_NOT_IMPLEMENTED.
// Invariants: a failure's `operator` is Node's ('==', 'strictEqual',
// 'throws', ...); a message that is an Error is thrown as is; missing
// actual/expected arguments throw ERR_MISSING_ARGS.
// Read first: internal/assert/assertion_error.js, internal/util/comparisons.js.
// Doc: api/assert.md.
'use strict';

var AssertionError = require('internal/assert/assertion_error');
var comparisons = require('internal/util/comparisons');
var t = require('internal/assert/throws');
var errors = require('internal/errors');
var codes = errors.codes;

function inspect(v, opts) { return require('internal/util/inspect').inspect(v, opts); }

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function requireTwo(argCount) {
  if (argCount < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  var generated = false;
  if (argLen === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generated = true;
    message = require('internal/assert/ok_message').falsyMessage(new Error().stack);
    if (message === null) message = undefined; // "<value> == true"
  } else if (message instanceof Error) {
    throw message;
  }
  var err = new AssertionError({ actual: value, expected: true, message: message,
    operator: '==' });
  err.generatedMessage = generated;
  throw err;
}

function ok(value, message) { innerOk(ok, arguments.length, value, message); }
var assert = module.exports = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

function bothNaN(a, b) { return a !== a && b !== b; }

// Each comparison fails with the operator Node reports.
function defineCompare(name, operator, holds) {
  var fn = function (actual, expected, message) {
    requireTwo(arguments.length);
    if (!holds(actual, expected)) {
      innerFail({ actual: actual, expected: expected, message: message, operator: operator });
    }
  };
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  assert[name] = fn;
}

/* eslint-disable eqeqeq */
defineCompare('equal', '==', function (a, b) { return a == b || bothNaN(a, b); });
defineCompare('notEqual', '!=', function (a, b) { return !(a == b || bothNaN(a, b)); });
/* eslint-enable eqeqeq */
defineCompare('deepEqual', 'deepEqual', comparisons.isDeepEqual);
defineCompare('notDeepEqual', 'notDeepEqual', function (a, b) {
  return !comparisons.isDeepEqual(a, b);
});
defineCompare('deepStrictEqual', 'deepStrictEqual', comparisons.isDeepStrictEqual);
defineCompare('notDeepStrictEqual', 'notDeepStrictEqual', function (a, b) {
  return !comparisons.isDeepStrictEqual(a, b);
});
defineCompare('strictEqual', 'strictEqual', Object.is);
defineCompare('notStrictEqual', 'notStrictEqual', function (a, b) { return !Object.is(a, b); });

var warnedFail = false;
assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  var argsLen = arguments.length;
  var internalMessage = false;
  if (argsLen === 0) {
    internalMessage = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail && process.emitWarning) {
      warnedFail = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.',
      'DeprecationWarning', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  var err = new AssertionError({ actual: actual, expected: expected,
    operator: operator === undefined ? 'fail' : operator,
    message: internalMessage || message });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

assert.throws = function throws(fn, error, message) {
  t.expectsError(throws, t.getActual(fn), error, message, arguments.length);
};

assert.doesNotThrow = function doesNotThrow(fn, error, message) {
  t.expectsNoError(doesNotThrow, t.getActual(fn), error, message);
};

assert.rejects = function rejects(promiseFn, error, message) {
  var argCount = arguments.length;
  return t.waitForActual(promiseFn).then(function (actual) {
    t.expectsError(rejects, actual, error, message, argCount);
  });
};

assert.doesNotReject = function doesNotReject(promiseFn, error, message) {
  return t.waitForActual(promiseFn).then(function (actual) {
    t.expectsNoError(doesNotReject, actual, error, message);
  });
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  var message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  throw new AssertionError({ actual: err, expected: null, operator: 'ifError',
    message: message });
};

function internalMatch(string, regexp, message, fn) {
  if (!t.isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  var wantMatch = fn.name === 'match';
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
  if (message instanceof Error) throw message;
  var generated = !message;
  if (!message) {
    message = typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        typeof string + ' (' + inspect(string) + ')' :
      (wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n';
  }
  var err = new AssertionError({ actual: string, expected: regexp, message: message,
    operator: fn.name });
  err.generatedMessage = generated;
  throw err;
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

assert.CallTracker = function CallTracker() {
  throw errors.notImplemented('assert.CallTracker');
};

// Strict mode: the same functions, with the loose ones swapped for strict.
function strict(value, message) { innerOk(strict, arguments.length, value, message); }
Object.keys(assert).forEach(function (key) { strict[key] = assert[key]; });
strict.ok = strict;
strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;
