// doc: errors.md § "ERR_INVALID_ARG_TYPE"
// Argument validation throws TypeErrors whose message names the argument, the expected type and what was received.
var util = require('util');
function Foo() {}
[1, null, undefined, new Foo(), function bar() {}, 'a long string that goes on and on'].forEach(function (v) {
  try {
    util.callbackify(v);
  } catch (err) {
    console.log(err.name + ' [' + err.code + ']: ' + err.message);
  }
});
// expect: TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. Received type number (1)
// expect: TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. Received null
// expect: TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. Received undefined
// expect: TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. Received an instance of Foo
// expect: TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. Received type string ('a long string that goes o...')
