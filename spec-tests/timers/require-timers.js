// doc: timers.md § "Timers"
// require('timers') exports the same functions as the globals.
var timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout,
  timers.setImmediate === setImmediate, timers.setInterval === setInterval);
// expect: true true true true
