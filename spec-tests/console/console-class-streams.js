// doc: console.md § "`new Console(stdout[, stderr][, ignoreErrors])`"
// A Console writes log output to its stdout stream and error output to its stderr stream.
var EventEmitter = require('events');
function sink(fn) { var s = new EventEmitter(); s.write = fn; return s; }  // a minimal writable
var out = [];
var err = [];
var c = new console.Console(sink(function (s) { out.push(s); }), sink(function (s) { err.push(s); }));
c.log('a %d', 1);
c.error('b');
c.warn('c');
console.log(JSON.stringify(out), JSON.stringify(err));
// expect: ["a 1\n"] ["b\n","c\n"]
