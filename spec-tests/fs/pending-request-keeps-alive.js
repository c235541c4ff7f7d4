// doc: fs.md § "Threadpool usage"
// An fs request in flight keeps the process alive until its callback has run.
var fs = require('fs');
var path = require('path');
var os = require('os');
var n = 0;
for (var i = 0; i < 50; i++) fs.stat(__filename, function (err) { if (!err) n++; });
process.on('exit', function () { console.log('done', n); });
// expect: done 50
