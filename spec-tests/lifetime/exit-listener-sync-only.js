// doc: process.md § "Event: 'exit'"
// Work scheduled from an 'exit' listener is abandoned: listeners must be synchronous.
process.on('exit', function () {
  setTimeout(function () { console.log('never'); }, 0);
  setImmediate(function () { console.log('never'); });
  console.log('exit listener');
});
// expect: exit listener
