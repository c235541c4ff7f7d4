// doc: os.md § "os.setPriority([pid, ]priority)"
// getPriority reads the niceness; bad arguments throw ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE.
var os = require('os');
console.log(typeof os.getPriority());
try { os.setPriority(0, 100); } catch (e) { console.log(e.code, e.message); }
try { os.getPriority('x'); } catch (e) { console.log(e.code, e.message); }
// expect: number
// expect: ERR_OUT_OF_RANGE The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100
// expect: ERR_INVALID_ARG_TYPE The "pid" argument must be of type number. Received type string ('x')
