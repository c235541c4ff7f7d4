// doc: process.md § "process.exit([code])"
// process.exit() inside a timer ends the process at once; nothing else runs.
setTimeout(function () {
  console.log('first');
  setImmediate(function () { console.log('never immediate'); });
  process.nextTick(function () { console.log('never tick'); });
  process.exit(0);
}, 1);
setTimeout(function () { console.log('never'); }, 1);
// expect: first
