// Promises/A+ compliance: a small mocha stand-in and the suite's adapter.
//
// What: the promises-aplus-tests package (installed at test time by
// tools/promises-aplus-run.sh, never committed) is a set of mocha files using
// describe / specify / beforeEach / afterEach, `done` callbacks, setTimeout
// and a global `adapter`. This file provides exactly that much of mocha, in
// ES5, so the files run under minode (or under the spec-tests/builtins
// harness) against minode's own Promise.
//
// Interface (CommonJS module):
//   install(global, Promise)  defines global.adapter, describe, specify, it,
//                             beforeEach, afterEach
//   run(print, onDone)        runs every registered test in order; print(line)
//                             gets one line per failure and a summary
//                             "N passing, M failing"; onDone(failed)
//
// Invariants (mocha's, as the suite relies on them):
//   * Tests run one at a time, in registration order (2.3.3's beforeEach
//     hooks reset variables shared by a describe block).
//   * A test fails if it throws, calls done(err), calls done twice, raises
//     an uncaught exception while it is the current test, or does not finish
//     within 200 ms (the suite's own mocha timeout).
//   * Rejections the suite leaves unhandled on purpose are ignored (an
//     'unhandledRejection' listener), as mocha does.
'use strict';

var TIMEOUT_MS = 200;

var root = { name: '', parent: null, before: [], after: [], tests: [] };
var currentSuite = root;
var registered = [];

function describe(name, fn) {
  var suite = { name: name, parent: currentSuite, before: [], after: [] };
  var saved = currentSuite;
  currentSuite = suite;
  try {
    fn();
  } finally {
    currentSuite = saved;
  }
}

function fullName(suite, name) {
  var parts = [name];
  for (var s = suite; s !== null && s.name !== ''; s = s.parent) parts.unshift(s.name);
  return parts.join(' > ');
}

function specify(name, fn) {
  registered.push({ name: fullName(currentSuite, name), fn: fn, suite: currentSuite });
}

function hooks(suite, kind) {
  var list = [];
  for (var s = suite; s !== null; s = s.parent) list = s[kind].concat(list);
  return kind === 'after' ? list.reverse() : list;
}

function install(global, Promise) {
  global.adapter = {
    resolved: function (value) { return Promise.resolve(value); },
    rejected: function (reason) { return Promise.reject(reason); },
    deferred: function () {
      var d = {};
      d.promise = new Promise(function (resolve, reject) {
        d.resolve = resolve;
        d.reject = reject;
      });
      return d;
    }
  };
  global.describe = describe;
  global.specify = specify;
  global.it = specify;
  global.beforeEach = function (fn) { currentSuite.before.push(fn); };
  global.afterEach = function (fn) { currentSuite.after.push(fn); };
}

function errorMessage(err) {
  if (err && typeof err === 'object' && err.message !== undefined) return String(err.message);
  return String(err);
}

function run(print, onDone) {
  var index = 0;
  var passed = 0;
  var failed = 0;
  var current = null;   // { test, finish(err) } of the running test

  process.on('unhandledRejection', function () { /* the suite does this on purpose */ });
  process.on('uncaughtException', function (err) {
    if (current !== null) current.finish(err);
    else print('uncaught exception between tests: ' + errorMessage(err));
  });

  function callHooks(list) {
    for (var i = 0; i < list.length; i++) list[i]();
  }

  function startTest(test) {
    var finished = false;
    var timer = null;
    function finish(err) {
      if (finished) {
        if (err === undefined) err = new Error('done() called multiple times');
        print('FAIL ' + test.name + ': ' + errorMessage(err));
        failed++;
        return;
      }
      finished = true;
      clearTimeout(timer);
      current = null;
      try {
        callHooks(hooks(test.suite, 'after'));
      } catch (hookErr) {
        if (err === undefined || err === null) err = hookErr;
      }
      if (err === undefined || err === null) passed++;
      else {
        failed++;
        print('FAIL ' + test.name + ': ' + errorMessage(err));
      }
      setTimeout(next, 0);
    }
    current = { test: test, finish: finish };
    timer = setTimeout(function () {
      finish(new Error('timeout of ' + TIMEOUT_MS + 'ms exceeded'));
    }, TIMEOUT_MS);
    try {
      callHooks(hooks(test.suite, 'before'));
      if (test.fn.length > 0) {
        test.fn(function done(err) { finish(err); });
      } else {
        var r = test.fn();
        if (r && typeof r.then === 'function') r.then(function () { finish(); }, finish);
        else finish();
      }
    } catch (err) {
      finish(err);
    }
  }

  function next() {
    if (index >= registered.length) {
      print(passed + ' passing, ' + failed + ' failing');
      if (onDone) onDone(failed);
      return;
    }
    startTest(registered[index++]);
  }
  next();
}

exports.install = install;
exports.run = run;
