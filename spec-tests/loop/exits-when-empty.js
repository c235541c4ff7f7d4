// doc: process.md § "Event: 'beforeExit'"
// The process exits by itself once nothing is left to do.
var start = Date.now();
setTimeout(function () { console.log('last'); }, 20);
process.on('exit', function () { console.log(Date.now() - start < 5000); });
// expect: last
// expect: true
