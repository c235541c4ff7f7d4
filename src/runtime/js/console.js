// The global `console`: formatting with util.format / util.inspect, written
// synchronously to process.stdout / process.stderr.
//
// Interface: module.exports is the global console (a Console on stdout and
// stderr); module.exports.Console constructs others.
// Invariants: log/info/debug/dir/table/time*/count* go to stdout;
// error/warn/trace/assert go to stderr; groups indent both by 2 spaces.
// Read first: src/support/js/util.js (format, inspect).
// Node doc: api/console.md.  Node: lib/internal/console/constructor.js.
var util = require('util');

function Console(stdout, stderr, ignoreErrors) {
  if (!(this instanceof Console)) return new Console(stdout, stderr, ignoreErrors);
  var options = stdout;
  if (options && typeof options.write !== 'function') {
    stdout = options.stdout;
    stderr = options.stderr;
  }
  if (!stdout || typeof stdout.write !== 'function') {
    var errors = require('internal/errors');
    throw new errors.codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  this._stdout = stdout;
  this._stderr = stderr || stdout;
  this._indent = '';
  this._counts = {};
  this._timers = {};
  // Methods are bound, so `var log = console.log; log('x')` works as in Node.
  var names = Object.keys(Console.prototype);
  for (var i = 0; i < names.length; i++) {
    if (typeof Console.prototype[names[i]] === 'function') {
      this[names[i]] = Console.prototype[names[i]].bind(this);
    }
  }
}

Console.prototype._write = function (stream, text) {
  if (this._indent !== '') text = this._indent + text.split('\n').join('\n' + this._indent);
  stream.write(text + '\n');
};

Console.prototype.log = function log() { this._write(this._stdout, util.format.apply(null, arguments)); };
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.error = function error() { this._write(this._stderr, util.format.apply(null, arguments)); };
Console.prototype.warn = Console.prototype.error;

Console.prototype.dir = function dir(obj, options) {
  var opts = { customInspect: false };
  if (options) for (var k in options) opts[k] = options[k];
  this._write(this._stdout, util.inspect(obj, opts));
};

Console.prototype.trace = function trace() {
  var err = new Error(util.format.apply(null, arguments));
  err.name = 'Trace';
  var stack = String(err.stack).split('\n');
  stack.splice(1, 1);  // drop this function's own frame
  this._write(this._stderr, stack.join('\n'));
};

Console.prototype.assert = function assert(value) {
  if (value) return;
  var rest = Array.prototype.slice.call(arguments, 1);
  if (rest.length === 0) {
    this._write(this._stderr, 'Assertion failed');
  } else {
    rest[0] = typeof rest[0] === 'string' ? 'Assertion failed: ' + rest[0] : rest[0];
    if (typeof arguments[1] !== 'string') rest.unshift('Assertion failed:');
    this._write(this._stderr, util.format.apply(null, rest));
  }
};

Console.prototype.count = function count(label) {
  label = label === undefined ? 'default' : String(label);
  this._counts[label] = (this._counts[label] || 0) + 1;
  this._write(this._stdout, label + ': ' + this._counts[label]);
};

Console.prototype.countReset = function countReset(label) {
  label = label === undefined ? 'default' : String(label);
  if (this._counts[label] === undefined) {
    process.emitWarning("Count for '" + label + "' does not exist");
    return;
  }
  this._counts[label] = 0;
};

Console.prototype.group = function group() {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this._indent += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;
Console.prototype.groupEnd = function groupEnd() { this._indent = this._indent.slice(2); };

require('internal/console/timers').addTo(Console.prototype);
require('internal/console/table').addTo(Console.prototype);

module.exports = new Console(process.stdout, process.stderr);
module.exports.Console = Console;
