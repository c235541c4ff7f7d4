// Node-shaped stack traces on top of Duktape's.
//
// What: Duktape formats err.stack as
//     Error: boom
//         at f (/app/x.js:3) strict
//         at [anon] (duk_js_call.c:123) internal
// Node (V8) prints `    at f (/app/x.js:3:9)`. We keep Duktape's frames,
// drop the engine's own C frames and flags, and name anonymous functions as
// V8 does. Duktape records no columns, so none are printed: a deliberate
// difference, documented in docs/language.md.
// Interface: install() replaces the Error.prototype.stack getter once;
//   format(rawStack) is exported for tests.
// Read first: chapters/01-engine-and-modules.md § "Errors".
var FRAME = /^ {4}at (.*?) \((.*)\)(?: [a-z]+)*$/;

function formatFrame(line) {
  var m = FRAME.exec(line);
  if (m === null) return line;
  var where = m[2];
  // C source locations of the engine itself tell the reader nothing.
  if (/\.(c|cc|cpp|h|hpp):\d+$/.test(where)) return null;
  if (where === '') where = 'native';
  var name = m[1];
  if (name === '[anon]' || name === '') name = '<anonymous>';
  if (name === 'global') return '    at ' + where;
  if (where === 'native') return '    at ' + name + ' (native)';
  return '    at ' + name + ' (' + where + ')';
}

function format(raw) {
  if (typeof raw !== 'string') return raw;
  var lines = raw.split('\n');
  var out = [lines[0]];
  for (var i = 1; i < lines.length; i++) {
    var f = formatFrame(lines[i]);
    if (f !== null) out.push(f);
  }
  return out.join('\n');
}

// The first line of a stack is `${name}: ${message}`, computed when the
// stack is read (Duktape builds stacks lazily), so a Node error whose name
// carries the code ("TypeError [ERR_X]") prints as in Node.
function firstLine(err) {
  var name = err.name === undefined ? 'Error' : String(err.name);
  var msg = err.message === undefined ? '' : String(err.message);
  if (typeof err.code === 'string' && /^ERR_/.test(err.code) && name.indexOf('[') < 0) {
    name = name + ' [' + err.code + ']';
  }
  if (name === '') return msg;
  if (msg === '') return name;
  return name + ': ' + msg;
}

function install() {
  var desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (!desc || typeof desc.get !== 'function') return;
  var rawGet = desc.get;
  var rawSet = desc.set;
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get: function () {
      var raw = rawGet.call(this);
      if (typeof raw !== 'string') return raw;
      // Duktape's header repeats the message, which may span several
      // lines: skip everything before the first frame.
      var lines = format(raw).split('\n');
      var i = 1;
      while (i < lines.length && !/^ {4}at /.test(lines[i])) i++;
      return [firstLine(this)].concat(lines.slice(i)).join('\n');
    },
    set: function (v) {
      Object.defineProperty(this, 'stack', {
        value: v, writable: true, configurable: true, enumerable: false
      });
    }
  });
  void rawSet;
}

module.exports = { install: install, format: format };
