// doc: process.md § "Exit codes"
// An exception thrown while loading a required module is uncaught in the requirer and names the module's file.
require('./fixtures/throws');
// expect-exit: 1
// expect-stderr: /Error: thrown at load/
// expect-stderr: /throws\.js:2/
