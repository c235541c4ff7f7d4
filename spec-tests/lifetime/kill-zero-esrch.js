// doc: process.md § "process.kill(pid[, signal])"
// Signal 0 tests for existence; a missing process gives an ESRCH error.
console.log(process.kill(process.pid, 0));
try { process.kill(2147483647, 0); } catch (e) { console.log(e.code, e.syscall); }
// expect: true
// expect: ESRCH kill
