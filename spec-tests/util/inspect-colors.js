// doc: util.md § "Customizing util.inspect colors"
// colors: true wraps values in the ANSI codes of inspect.styles.
var util = require('util');
var s = util.inspect({ n: 1, s: 'x', u: undefined, z: null, b: true }, { colors: true });
console.log(JSON.stringify(s));
console.log(util.inspect.styles.number, util.inspect.colors.yellow);
// expect: "{ n: \u001b[33m1\u001b[39m, s: \u001b[32m'x'\u001b[39m, u: \u001b[90mundefined\u001b[39m, z: \u001b[1mnull\u001b[22m, b: \u001b[33mtrue\u001b[39m }"
// expect: yellow [ 33, 39 ]
