// doc: process.md § "Event: 'beforeExit'"
// An unref'ed timer scheduled by a 'beforeExit' listener does not restart the loop.
// timeout: 3
var n = 0;
process.on('beforeExit', function () {
  n++;
  setTimeout(function () { console.log('never'); }, 1).unref();
});
process.on('exit', function () { console.log('beforeExit ran', n); });
// expect: beforeExit ran 1
