// doc: globals.md § "queueMicrotask(callback)"
// queueMicrotask throws ERR_INVALID_ARG_TYPE when its argument is not a function.
try {
  queueMicrotask(42);
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
// expect: ERR_INVALID_ARG_TYPE
// expect: The "callback" argument must be of type function. Received type number (42)
