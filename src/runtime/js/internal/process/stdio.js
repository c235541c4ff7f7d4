// process.stdout and process.stderr, as far as the foundation needs them.
//
// What: writable-like EventEmitters on fds 1 and 2 whose write() is
// synchronous (src/runtime/process_info.cpp: write_all). Synchronous output
// means nothing is lost or reordered when the script exits right after
// writing, even into a pipe. Node makes pipes asynchronous on POSIX; the
// fs/stream layers replace these objects with real Writable streams.
// Interface: setup(process, binding) defines process.stdout / process.stderr.
// Node doc: api/process.md § "process.stdout", "A note on process I/O".
function makeStdio(fd, binding) {
  var EventEmitter = require('events');
  var s = new EventEmitter();
  s.fd = fd;
  s.isTTY = binding.isatty(fd);
  s.writable = true;
  s._isStdio = true;
  s.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      var errors = require('internal/errors');
      throw new errors.codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    binding.writeString(fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  s.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) s.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return s;
  };
  return s;
}

function setup(process, binding) {
  var stdout = null;
  var stderr = null;
  Object.defineProperty(process, 'stdout', {
    configurable: true, enumerable: false,
    get: function () { return stdout || (stdout = makeStdio(1, binding)); }
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true, enumerable: false,
    get: function () { return stderr || (stderr = makeStdio(2, binding)); }
  });
}

module.exports = { setup: setup };
