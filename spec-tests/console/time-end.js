// doc: console.md § "`console.timeEnd([label])`"
// console.timeEnd prints '<label>: <elapsed>ms' for a timer started by console.time.
var EventEmitter = require('events');
function sink(fn) { var s = new EventEmitter(); s.write = fn; return s; }  // a minimal writable
var out = '';
var c = new console.Console(sink(function (s) { out += s; }));
c.time('work');
c.timeEnd('work');
console.log(/^work: \d+(\.\d+)?ms\n$/.test(out) ? 'format ok' : JSON.stringify(out));
// expect: format ok
