// Running the user's program: a script file, -e/-p code, -c, or stdin.
//
// What: picks the entry point the CLI chose (internalBinding('process').config.mode)
// and runs it. An exception escaping the main program is an uncaught
// exception like any other: 'uncaughtException' listeners may catch it.
// Interface: run().
// Read first: src/cli/run.cpp (who calls this), internal/modules/cjs/loader.js.
// Node: lib/internal/main/run_main_module.js, eval_string.js, check_syntax.js.
var binding = internalBinding('process');
var config = binding.config;
var execution = require('internal/process/execution');

function evalContext(name) {
  var Module = require('internal/modules/cjs/loader');
  var path = require('path');
  var filename = path.join(process.cwd(), name);
  var m = new Module(name, null);
  m.filename = filename;
  m.paths = require('internal/modules/cjs/resolve').nodeModulePaths(process.cwd());
  // node -e exposes these as globals of the evaluated script.
  globalThis.module = m;
  globalThis.exports = m.exports;
  globalThis.require = Module.makeRequire(m);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  return m;
}

function runEval(print) {
  evalContext('[eval]');
  var compile = require('internal/modules/cjs/compile');
  var result = compile.evalScript(config.code, '[eval]');
  if (print) console.log(result);
}

function runStdin() {
  evalContext('[stdin]');
  require('internal/modules/cjs/compile').evalScript(binding.readStdin(), '[stdin]');
}

function runCheck(file) {
  var compile = require('internal/modules/cjs/compile');
  var fsb = internalBinding('module_fs');
  var resolved = require('path').resolve(file);
  compile.compileWrapper(fsb.readFile(resolved), resolved,
    'exports, require, module, __filename, __dirname');
}

function run() {
  try {
    switch (config.mode) {
      case 'eval': runEval(false); break;
      case 'print': runEval(true); break;
      case 'stdin': runStdin(); break;
      case 'check': runCheck(config.argv[1]); break;
      default: require('internal/modules/cjs/loader').runMain(config.argv[1]);
    }
  } catch (err) {
    execution.onUncaught(err);
  }
}

module.exports = { run: run };
