// doc: timers.md § "setTimeout(callback[, delay[, ...args]])"
// A callback that is not a function throws ERR_INVALID_ARG_TYPE synchronously.
try {
  setTimeout('console.log(1)', 10);
} catch (e) {
  console.log(e.name, e.code);
}
// expect: TypeError ERR_INVALID_ARG_TYPE
