// doc: process.md § "Event: 'exit'"
// nextTick inside an 'exit' listener never runs (the loop is gone).
process.on('exit', function () {
  process.nextTick(function () { console.log('never'); });
  console.log('exit');
});
// expect: exit
