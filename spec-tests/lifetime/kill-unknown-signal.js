// doc: process.md § "process.kill(pid[, signal])"
// An unknown signal name throws ERR_UNKNOWN_SIGNAL; a bad pid ERR_INVALID_ARG_TYPE.
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code); }
try { process.kill('abc'); } catch (e) { console.log(e.code); }
// expect: ERR_UNKNOWN_SIGNAL
// expect: ERR_INVALID_ARG_TYPE
