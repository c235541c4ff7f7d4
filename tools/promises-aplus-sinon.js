// Promises/A+ compliance: the part of sinon that test 2.2.6 uses.
//
// What: spy(), stub().returns(v) / .throws(e), match.same(v), and
// assert.calledWith / notCalled / callOrder. tools/promises-aplus-run.sh
// installs this file as node_modules/sinon in its throw-away test directory,
// in place of the real sinon the package depends on.
// Invariant: every call of every spy gets a global sequence number, which is
// what callOrder compares. ES5.
'use strict';

var sequence = 0;

function makeSpy(behaviour) {
  function spy() {
    spy.calls.push({ args: Array.prototype.slice.call(arguments), seq: ++sequence });
    spy.callCount++;
    spy.called = true;
    if (behaviour.throws !== undefined) throw behaviour.throws;
    return behaviour.returns;
  }
  spy.calls = [];
  spy.callCount = 0;
  spy.called = false;
  spy.returns = function (v) { behaviour.returns = v; return spy; };
  spy.throws = function (e) { behaviour.throws = e; return spy; };
  return spy;
}

function fail(message) {
  var err = new Error(message);
  err.name = 'AssertError';
  throw err;
}

function matches(expected, actual) {
  if (expected !== null && typeof expected === 'object' && expected.isMatcher) return expected.test(actual);
  return expected === actual;
}

exports.spy = function () { return makeSpy({}); };
exports.stub = function () { return makeSpy({}); };
exports.match = {
  same: function (v) { return { isMatcher: true, test: function (a) { return a === v; } }; }
};
exports.assert = {
  calledWith: function (spy) {
    var expected = Array.prototype.slice.call(arguments, 1);
    for (var i = 0; i < spy.calls.length; i++) {
      var ok = true;
      for (var j = 0; j < expected.length; j++) ok = ok && matches(expected[j], spy.calls[i].args[j]);
      if (ok) return;
    }
    fail('expected spy to be called with the given arguments');
  },
  notCalled: function (spy) {
    if (spy.called) fail('expected spy not to be called, but it was called ' + spy.callCount + ' times');
  },
  callOrder: function () {
    var last = 0;
    for (var i = 0; i < arguments.length; i++) {
      var calls = arguments[i].calls;
      if (calls.length === 0 || calls[0].seq < last) fail('spies were not called in the given order');
      last = calls[0].seq;
    }
  }
};
