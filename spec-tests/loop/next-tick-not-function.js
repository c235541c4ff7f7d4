// doc: process.md § "process.nextTick(callback[, ...args])"
// A non-function callback throws ERR_INVALID_ARG_TYPE.
try { process.nextTick(42); } catch (e) { console.log(e.code); }
// expect: ERR_INVALID_ARG_TYPE
