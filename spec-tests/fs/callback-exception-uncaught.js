// doc: fs.md § "Callback API"
// An exception thrown inside an fs callback is an uncaught exception.
var fs = require('fs');
var path = require('path');
var os = require('os');
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
fs.stat(__filename, function () { throw new Error('boom'); });
// expect: caught boom
