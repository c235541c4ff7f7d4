// doc: http.md § "new Agent([options])"
// The constructor rejects a maxTotalSockets that is not a number >= 1 and an unknown scheduling.
var http = require('http');
[{ maxTotalSockets: 0 }, { maxTotalSockets: 'a' }, { scheduling: 'x' }].forEach(function (options) {
  try {
    new http.Agent(options);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
console.log(new http.Agent({ maxTotalSockets: 2 }).maxTotalSockets, new http.Agent().maxTotalSockets);
// expect: RangeError ERR_OUT_OF_RANGE The value of "maxTotalSockets" is out of range. It must be >= 1. Received 0
// expect: TypeError ERR_INVALID_ARG_TYPE The "maxTotalSockets" argument must be of type number. Received type string ('a')
// expect: TypeError ERR_INVALID_ARG_VALUE The argument 'scheduling' must be one of: 'fifo', 'lifo'. Received 'x'
// expect: 2 Infinity
