// internal/assert/throws: the exception checks behind assert.throws,
// doesNotThrow, rejects and doesNotReject.
//
// What: run a function (or await a promise), then match what it threw
// against the `error` argument: a class, a RegExp (tested against
// String(err)), a validation object (each key deep-strictly equal, RegExp
// values tested against strings) or a validation function (must return true).
// Interface: getActual(fn), waitForActual(promiseFn) -> Promise,
// expectsError(fn, actual, error, message), expectsNoError(fn, actual,
// error, message), NO_EXCEPTION (sentinel for "nothing was thrown").
// Invariants: the operator of a failure is the public function's name
// ('throws', 'rejects', ...); Node's argument errors (ERR_INVALID_ARG_TYPE,
// ERR_INVALID_ARG_VALUE, ERR_AMBIGUOUS_ARGUMENT, ERR_INVALID_RETURN_VALUE).
// Read first: expectedException. Doc: api/assert.md § "assert.throws(fn[, error][, message])".
'use strict';

var AssertionError = require('internal/assert/assertion_error');
var comparisons = require('internal/util/comparisons');
var codes = require('internal/errors').codes;

var NO_EXCEPTION = {};

function inspect(v, opts) { return require('internal/util/inspect').inspect(v, opts); }
function isRegExp(v) { return Object.prototype.toString.call(v) === '[object RegExp]'; }
function isError(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
}
function isPromise(v) {
  return v !== null && typeof v === 'object' && typeof v.then === 'function' &&
    typeof v.catch === 'function';
}

function fail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// Holds the keys of a validation object, for a readable diff.
function Comparison(obj, keys, actual) {
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (!(key in obj)) continue;
    if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
        obj[key].exec(actual[key]) !== null) {
      this[key] = actual[key];
    } else {
      this[key] = obj[key];
    }
  }
}

function compareKey(actual, expected, key, message, keys, fn) {
  if (key in actual && comparisons.isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    var err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual'
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  fail({ actual: actual, expected: expected, message: message, operator: fn.name });
}

function matchObject(actual, expected, message, fn) {
  var keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  }
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
        expected[key].exec(actual[key]) !== null) continue;
    compareKey(actual, expected, key, message, keys, fn);
  }
}

function classMismatchMessage(actual, expected) {
  var message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
  if (isError(actual)) {
    var name = (actual.constructor && actual.constructor.name) || actual.name;
    message += expected.name === name ?
      'an error with identical name but a different prototype.' : '"' + name + '"';
    if (actual.message) message += '\n\nError message:\n\n' + actual.message;
  } else {
    message += '"' + inspect(actual, { depth: -1 }) + '"';
  }
  return message;
}

// Returns a generated message when actual fails a class/function check, or
// null when it passes. Throws for RegExp and object checks itself.
function checkExpected(actual, expected, message, fn) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = String(actual);
      if (expected.exec(str) !== null) return null;
      return 'The input did not match the regular expression ' + inspect(expected) +
        '. Input:\n\n' + inspect(str) + '\n';
    }
    if (typeof actual !== 'object' || actual === null) {
      var err = new AssertionError({ actual: actual, expected: expected, message: message,
        operator: 'deepStrictEqual' });
      err.operator = fn.name;
      throw err;
    }
    matchObject(actual, expected, message, fn);
    return null;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return null;
  if (Error.isPrototypeOf(expected) || expected === Error) {
    return classMismatchMessage(actual, expected);
  }
  var res = expected.call({}, actual);
  if (res === true) return null;
  var fname = expected.name ? '"' + expected.name + '" ' : '';
  var text = 'The ' + fname + 'validation function is expected to return "true". Received ' +
    inspect(res);
  if (isError(actual)) text += '\n\nCaught error:\n\n' + actual;
  return text;
}

function expectedException(actual, expected, message, fn) {
  var generated = checkExpected(actual, expected, message, fn);
  if (generated === null) return;
  var err = new AssertionError({ actual: actual, expected: expected,
    message: message || generated, operator: fn.name });
  err.generatedMessage = !message;
  throw err;
}

function checkAmbiguous(actual, message) {
  if (typeof actual === 'object' && actual !== null && actual.message === message) {
    throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
      'The error message "' + actual.message + '" is identical to the message.');
  }
  if (actual === message) {
    throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
      'The error "' + actual + '" is identical to the message.');
  }
}

function expectsError(fn, actual, error, message, argCount) {
  if (typeof error === 'string') {
    if (argCount === 3) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    checkAmbiguous(actual, error);
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    var details = (error && error.name) ? ' (' + error.name + ')' : '';
    details += message ? ': ' + message : '.';
    var kind = fn.name === 'rejects' ? 'rejection' : 'exception';
    fail({ actual: undefined, expected: error, operator: fn.name,
      message: 'Missing expected ' + kind + details });
  }
  if (error) expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected) || expected === Error) return false;
  return expected.call({}, actual) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var kind = fn.name === 'doesNotReject' ? 'rejection' : 'exception';
    fail({ actual: actual, expected: error, operator: fn.name,
      message: 'Got unwanted ' + kind + details + '\nActual message: "' +
        (actual && actual.message) + '"' });
  }
  throw actual;
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// The promise promiseFn stands for; throws (synchronously) on bad input.
function toPromise(promiseFn) {
  if (typeof promiseFn === 'function') {
    var p = promiseFn();
    if (!isPromise(p)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', p);
    }
    return p;
  }
  if (isPromise(promiseFn)) return promiseFn;
  throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
}

// Resolves to the rejection reason, or NO_EXCEPTION. Like Node's async
// version, promiseFn runs at once and bad input rejects right away.
function waitForActual(promiseFn) {
  var p;
  try {
    p = toPromise(promiseFn);
  } catch (e) {
    return Promise.reject(e);
  }
  return p.then(function () { return NO_EXCEPTION; }, function (e) { return e; });
}

module.exports = {
  NO_EXCEPTION: NO_EXCEPTION,
  getActual: getActual,
  waitForActual: waitForActual,
  expectsError: expectsError,
  expectsNoError: expectsNoError,
  isRegExp: isRegExp
};
