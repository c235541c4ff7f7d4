// doc: modules.md § "`require(id)`"
// An uncaught MODULE_NOT_FOUND error ends the process with status 1 and is reported on stderr.
require('./fixtures/not-there');
console.log('unreachable');
// expect-exit: 1
// expect-stderr: /Cannot find module '\.\/fixtures\/not-there'/
// expect-stderr: /MODULE_NOT_FOUND/
