#!/usr/bin/env bash
# Runs the Promises/A+ compliance suite against minode's Promise.
#
#   tools/promises-aplus-run.sh                  under minode ($MINODE, default build/minode)
#   tools/promises-aplus-run.sh --harness duk    under `duk` with src/builtins/js on the
#   tools/promises-aplus-run.sh --harness node   spec-tests/builtins harness (node: with
#                                                node's own Promise deleted)
#
# The promises-aplus-tests package is installed from npm at test time into
# $APLUS_DIR (default build/promises-aplus), never committed. Its mocha
# files run under tools/promises-aplus-adapter.js (describe/specify/done/
# timeouts) with tools/promises-aplus-sinon.js standing in for sinon.
# Prints one line per failing test, then "N passing, M failing"; exits
# non-zero if anything failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${APLUS_DIR:-$root/build/promises-aplus}
mode=minode
harness=
if [ "${1:-}" = "--harness" ]; then mode=harness; harness=${2:?duk or node}; fi

pkg=$dir/node_modules/promises-aplus-tests
if [ ! -d "$pkg/lib/tests" ]; then
  mkdir -p "$dir"
  echo "installing promises-aplus-tests into $dir" >&2
  npm install --prefix "$dir" --no-save --no-audit --no-fund --silent promises-aplus-tests@2.1.2 >&2
fi
# Our sinon stand-in replaces the real one (which the suite's mocha needs, we don't).
rm -rf "$dir/node_modules/sinon"
mkdir -p "$dir/node_modules/sinon"
cp "$root/tools/promises-aplus-sinon.js" "$dir/node_modules/sinon/index.js"
echo '{ "name": "sinon", "main": "index.js" }' > "$dir/node_modules/sinon/package.json"

tests=$(cd "$pkg/lib/tests" && ls 2.*.js | sort -V)

if [ "$mode" = minode ]; then
  minode=${MINODE:-$root/build/minode}
  {
    echo "var aplus = require('$root/tools/promises-aplus-adapter.js');"
    echo "aplus.install(global, Promise);"
    for t in $tests; do echo "require('$pkg/lib/tests/$t');"; done
    echo "aplus.run(function (line) { console.log(line); },"
    echo "          function (failed) { process.exitCode = failed > 0 ? 1 : 0; });"
  } > "$dir/main.js"
  exec "$minode" "$dir/main.js"
fi

# Harness mode: bundle the suite's files with a tiny require() into one script.
node - "$root" "$pkg/lib/tests" "$dir/main-harness.js" $tests <<'EOF'
var fs = require('fs');
var path = require('path');
var root = process.argv[2], testsDir = process.argv[3], out = process.argv[4];
var files = process.argv.slice(5);
var mods = {};
function add(id, file) { mods[id] = fs.readFileSync(file, 'utf8'); }
files.forEach(function (f) { add(f.replace(/\.js$/, ''), path.join(testsDir, f)); });
fs.readdirSync(path.join(testsDir, 'helpers')).forEach(function (f) {
  add('helpers/' + f.replace(/\.js$/, ''), path.join(testsDir, 'helpers', f));
});
add('sinon', path.join(root, 'tools/promises-aplus-sinon.js'));
add('adapter', path.join(root, 'tools/promises-aplus-adapter.js'));
mods.assert = [
  "var exports = module.exports = function assert(v, m) { if (!v) throw new Error(m || 'assertion failed'); };",
  "exports.strictEqual = function (a, b, m) { if (a !== b) throw new Error(m || ('expected ' + String(a) + ' === ' + String(b))); };",
  "exports.notStrictEqual = function (a, b, m) { if (a === b) throw new Error(m || ('expected ' + String(a) + ' !== ' + String(b))); };",
  "exports.equal = function (a, b, m) { if (a != b) throw new Error(m || 'not equal'); };",
  "exports.ok = function (v, m) { if (!v) throw new Error(m || 'not ok'); };"
].join('\n');
var src = ['var global = globalThis;', 'var __aplus = {};'];
Object.keys(mods).forEach(function (id) {
  src.push('__aplus[' + JSON.stringify(id) + '] = function (exports, require, module) {\n' + mods[id] + '\n};');
});
src.push([
  'var __cache = {};',
  'function __req(id) {',
  '  id = id.replace(/^\\.\\//, "").replace(/\\.js$/, "");',
  '  if (__cache[id]) return __cache[id].exports;',
  '  var m = { exports: {} }; __cache[id] = m;',
  '  __aplus[id](m.exports, __req, m);',
  '  return m.exports;',
  '}',
  'var aplus = __req("adapter");',
  'aplus.install(globalThis, Promise);'
].join('\n'));
files.forEach(function (f) { src.push('__req(' + JSON.stringify(f) + ');'); });
src.push('aplus.run(function (line) { console.log(line); }, function (failed) { process.exitCode = failed > 0 ? 1 : 0; });');
fs.writeFileSync(out, src.join('\n'));
EOF
exec node "$root/spec-tests/builtins/fixtures/run.js" --engine="$harness" "$dir/main-harness.js"
