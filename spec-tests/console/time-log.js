// doc: console.md § "`console.timeLog([label][, ...data])`"
// console.timeLog prints the elapsed time and extra data, leaving the timer running; the label defaults to 'default'.
var EventEmitter = require('events');
function sink(fn) { var s = new EventEmitter(); s.write = fn; return s; }  // a minimal writable
var out = '';
var c = new console.Console(sink(function (s) { out += s; }));
c.time();
c.timeLog(undefined, 'step', 1);
c.timeEnd();
console.log(out.replace(/\d+(\.\d+)?ms/g, 'Nms'));
// expect: default: Nms step 1
// expect: default: Nms
// expect:
