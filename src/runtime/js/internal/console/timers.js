// console.time / timeLog / timeEnd, formatted as Node does:
// `label: 1.234ms`, `label: 1.5s` past a second, `label: 1:02.345 (m:ss.mmm)` past a minute.
// Interface: addTo(ConsolePrototype).
var util = require('util');

function nowMs() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

function formatTime(ms) {
  if (ms >= 60000) {
    var m = Math.floor(ms / 60000);
    var s = (ms - m * 60000) / 1000;
    return m + ':' + (s < 10 ? '0' : '') + s.toFixed(3) + ' (m:ss.mmm)';
  }
  if (ms >= 1000) return (ms / 1000).toFixed(3) + 's';
  return ms.toFixed(3) + 'ms';
}

function warnMissing(label) {
  process.emitWarning("No such label '" + label + "' for console.timeEnd()");
}

function addTo(proto) {
  proto.time = function time(label) {
    label = label === undefined ? 'default' : String(label);
    if (this._timers[label] !== undefined) {
      process.emitWarning("Label '" + label + "' already exists for console.time()");
      return;
    }
    this._timers[label] = nowMs();
  };
  proto.timeLog = function timeLog(label) {
    label = label === undefined ? 'default' : String(label);
    var start = this._timers[label];
    if (start === undefined) return warnMissing(label);
    var extra = Array.prototype.slice.call(arguments, 1);
    var text = label + ': ' + formatTime(nowMs() - start);
    if (extra.length > 0) text += ' ' + util.format.apply(null, extra);
    this._write(this._stdout, text);
  };
  proto.timeEnd = function timeEnd(label) {
    label = label === undefined ? 'default' : String(label);
    var start = this._timers[label];
    if (start === undefined) return warnMissing(label);
    delete this._timers[label];
    this._write(this._stdout, label + ': ' + formatTime(nowMs() - start));
  };
}

module.exports = { addTo: addTo };
