// doc: fs.md § "Threadpool usage"
// Many concurrent readFile calls each call back exactly once with the right data.
var fs = require('fs');
var path = require('path');
var os = require('os');
var want = fs.readFileSync(__filename, 'utf8');
var calls = 0, ok = 0;
for (var i = 0; i < 200; i++) {
  fs.readFile(__filename, 'utf8', function (err, data) { calls++; if (!err && data === want) ok++; });
}
process.on('exit', function () { console.log(calls, ok); });
// expect: 200 200
