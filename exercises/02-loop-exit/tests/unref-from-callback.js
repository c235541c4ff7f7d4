// doc: timers.md § "timeout.unref()"
// Unref'ing an interval from its own callback lets the process exit.
// timeout: 3
var n = 0;
var iv = setInterval(function () {
  n++;
  if (n === 3) iv.unref();
}, 2);
process.on('exit', function () { console.log(n); });
// expect: 3
