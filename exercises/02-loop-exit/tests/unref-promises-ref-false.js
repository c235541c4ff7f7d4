// doc: timers.md § "timersPromises.setTimeout([delay[, value[, options]]])"
// With ref: false the pending timer does not keep the process alive.
// timeout: 3
require('timers/promises').setTimeout(100000, 'v', { ref: false }).then(function () {
  console.log('never');
});
process.on('exit', function () { console.log('exit'); });
// expect: exit
