// doc: timers.md § "timeout.ref()"
// An unref'ed interval ref'ed again from another callback keeps the process alive until cleared.
// timeout: 3
var n = 0;
var iv = setInterval(function () {
  if (++n === 3) clearInterval(iv);
}, 5);
iv.unref();
setTimeout(function () { iv.ref(); }, 1);
process.on('exit', function () { console.log('ticks', n); });
// expect: ticks 3
