// doc: modules.md § "Loading from `node_modules` folders"
// A bare name found in no node_modules folder throws MODULE_NOT_FOUND.
try {
  require('minode-exercise-no-such-package');
} catch (err) {
  console.log(err.code);
}
// expect: MODULE_NOT_FOUND
