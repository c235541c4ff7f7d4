// doc: process.md § "process.exit([code])"
// process.exit() inside a timer ends the process at once; nothing else runs.
setTimeout(function () {
  console.log('first');
  process.exit(0);
}, 1);
setTimeout(function () { console.log('never'); }, 1);
setImmediate(function () { console.log('immediate'); });
// expect: immediate
// expect: first
