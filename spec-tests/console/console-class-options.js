// doc: console.md § "`new Console(options)`"
// The options form takes the streams as `stdout` and `stderr`; stderr defaults to stdout.
var EventEmitter = require('events');
function sink(fn) { var s = new EventEmitter(); s.write = fn; return s; }  // a minimal writable
var out = '';
var c = new console.Console({ stdout: sink(function (s) { out += s; }) });
c.log('x');
c.error('y');
console.log(JSON.stringify(out));
// expect: "x\ny\n"
