// Source text -> function, for user code (files, -e, -p, stdin).
//
// What: the one funnel every user script passes through. If the source
// needs it, modern syntax is lowered first (internal/lowering); then the
// engine compiles it. A SyntaxError is reshaped to Node's form: the message
// without Duktape's "(line N)" suffix, and a `file:line` location the
// uncaught-error printer shows above the message.
// Interface: compileWrapper(source, filename, params) -> function;
//   evalScript(source, filename) -> completion value; lower(source, filename).
// Read first: loader.js; src/engine/engine_binding.cpp.
var engine = internalBinding('engine');
var lowering = null;

function lower(source, filename) {
  if (lowering === null) {
    lowering = engine.hasBuiltin('internal/lowering') ? require('internal/lowering') : false;
  }
  if (lowering && lowering.needsLowering(source)) return lowering.lower(source, filename);
  return source;
}

// Duktape says "parse error (line 3)" or "unterminated statement (line 3, end of input)".
function reshapeSyntaxError(err, filename) {
  if (!(err instanceof SyntaxError)) return err;
  var m = /^(.*?)\s*\(line (\d+)(?:, [^)]*)?\)$/.exec(String(err.message));
  if (m !== null) {
    var fixed = new SyntaxError(m[1]);
    fixed.fileName = filename;
    fixed.lineNumber = Number(m[2]);
    Object.defineProperty(fixed, 'stack', {
      value: 'SyntaxError: ' + m[1], writable: true, configurable: true, enumerable: false
    });
    return fixed;
  }
  return err;
}

function compileWrapper(source, filename, params) {
  var code = lower(source, filename);
  try {
    return engine.compileFunction(code, filename, params);
  } catch (err) {
    // The fast path's scan is a cheap guess: if Duktape rejects source that
    // was not lowered, lower it and try once more before reporting.
    if (err instanceof SyntaxError && code === source && lowering) {
      try {
        return engine.compileFunction(lowering.lower(source, filename), filename, params);
      } catch (err2) {
        throw reshapeSyntaxError(err2, filename);
      }
    }
    throw reshapeSyntaxError(err, filename);
  }
}

function evalScript(source, filename) {
  var code = lower(source, filename);
  var fn;
  try {
    fn = engine.compileScript(code, filename);
  } catch (err) {
    throw reshapeSyntaxError(err, filename);  // a compile error, never the script's own
  }
  // Eval code called with the global object as `this`: `var x` in -e
  // creates a global, and the completion value is what -p prints.
  return fn.call(globalThis);
}

module.exports = { compileWrapper: compileWrapper, evalScript: evalScript, lower: lower };
