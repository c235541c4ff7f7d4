// process.emitWarning's delivery: a 'warning' event, and the default
// printout `(minode:PID) Name: message` on stderr, on the next tick as in Node.
// Interface: emit(process, warningError).
// Node: lib/internal/process/warning.js.
var binding = internalBinding('process');

function print(warning) {
  var text = '(minode:' + process.pid + ') ';
  if (warning.code !== undefined) text += '[' + warning.code + '] ';
  text += warning.name + ': ' + warning.message + '\n';
  require('internal/process/stdio').writeText(2, text);
}

function emit(proc, warning) {
  var deliver = function () {
    if (warning.name === 'DeprecationWarning' && proc.noDeprecation) return;
    proc.emit('warning', warning);
    print(warning);
  };
  if (typeof proc.nextTick === 'function') proc.nextTick(deliver);
  else deliver();
}

module.exports = { emit: emit };
