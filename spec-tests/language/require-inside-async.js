// doc: modules.md § "The module wrapper"
// A built-in first required inside an async function works after the function
// has been suspended and resumed (bindings never keep a coroutine's context).
async function main() {
  await null;
  const timers = require('timers');
  await new Promise((resolve) => timers.setTimeout(resolve, 1));
  console.log('ok');
}
main();
// expect: ok
