// doc: ECMA-262 § "HostEnqueuePromiseJob ( job, realm )"
// Every pending promise job runs before the next timer callback, including jobs queued by jobs.
setTimeout(function () { console.log('timer'); }, 0);
Promise.resolve().then(function () {
  console.log('job 1');
  return Promise.resolve();
}).then(function () { console.log('job 2'); });
// expect: job 1
// expect: job 2
// expect: timer
