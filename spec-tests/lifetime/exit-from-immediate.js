// doc: process.md § "process.exit([code])"
// process.exit() from an immediate skips the remaining immediates and ticks.
setImmediate(function () {
  process.nextTick(function () { console.log('never tick'); });
  process.exit(5);
});
setImmediate(function () { console.log('never'); });
// expect-exit: 5
