// doc: timers.md § "timeout[Symbol.toPrimitive]()"
// The primitive id of a Timeout can be passed to clearTimeout.
var t = setTimeout(function () { console.log('never'); }, 5);
var id = +t;
console.log(typeof id);
clearTimeout(id);
setTimeout(function () { console.log('done'); }, 20);
// expect: number
// expect: done
