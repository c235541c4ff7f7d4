// internal/loop/trace: the JS side of `minode --trace-loop`.
//
// What: names the callbacks the loop runs, for the C++ tracer
// (src/loop/trace.hpp): their kind, function name, and the place they were
// scheduled (captured when they are scheduled, only while tracing).
// Interface: callSite() -> "file:line" of the nearest user frame; begin(kind, fn, site) -> 1; end(); drained(ticks, microtasks).
// Invariants: nothing here runs unless internalBinding('loop').traceEnabled.
// Read first: src/loop/trace.hpp.
'use strict';

var binding = internalBinding('loop');

// The first caller outside minode's built-ins (whose file names start with
// "node:"), as "file:line": where user code scheduled the callback.
function callSite() {
  if (typeof Duktape !== 'object') return '';
  // Duktape.act(-1) is act() itself, -2 is callSite, -3 its caller.
  for (var level = -3; ; level--) {
    var act = Duktape.act(level);
    if (!act) return '';
    var file = act.function && act.function.fileName;
    if (typeof file === 'string' && file.slice(0, 5) !== 'node:') {
      return file + ':' + act.lineNumber;
    }
  }
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
