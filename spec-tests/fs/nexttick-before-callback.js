// doc: fs.md § "Callback API"
// process.nextTick callbacks queued by the script run before any fs callback.
var fs = require('fs');
var path = require('path');
var os = require('os');
fs.stat(__filename, function () { console.log('stat'); });
process.nextTick(function () { console.log('tick'); });
Promise.resolve().then(function () { console.log('microtask'); });
// expect: tick
// expect: microtask
// expect: stat
