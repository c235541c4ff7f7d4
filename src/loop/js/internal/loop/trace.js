// internal/loop/trace: the JS side of `minode --trace-loop`.
//
// What: names the callbacks the loop runs, for the C++ tracer
// (src/loop/trace.hpp): their kind, function name, and the place they were
// scheduled (captured when they are scheduled, only while tracing).
// Interface: callSite(n) -> "file:line" of the frame n levels above the
//   caller; begin(kind, fn, site) -> 1; end(); drained(ticks, microtasks).
// Invariants: nothing here runs unless internalBinding('loop').traceEnabled.
// Read first: src/loop/trace.hpp.
'use strict';

var binding = internalBinding('loop');

function callSite(n) {
  // Duktape.act(-1) is act() itself, -2 callSite, -3 its caller.
  var act = typeof Duktape === 'object' ? Duktape.act(-3 - n) : undefined;
  if (!act || !act.function) return '';
  var file = act.function.fileName || '?';
  return file + ':' + act.lineNumber;
}

function begin(kind, fn, site) {
  var name = (fn && fn.name) || '(anonymous)';
  binding.traceBegin(kind, name, site || '');
  return 1;
}

function end() {
  binding.traceEnd();
}

function drained(ticks, microtasks) {
  if (ticks > 0 || microtasks) binding.traceDrained(ticks, microtasks);
}

module.exports = { callSite: callSite, begin: begin, end: end, drained: drained };
