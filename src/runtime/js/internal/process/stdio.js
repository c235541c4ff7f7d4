// process.stdout and process.stderr, as far as the foundation needs them.
//
// What: writable-like EventEmitters on fds 1 and 2 whose write() is
// synchronous (src/runtime/process_info.cpp: write_all). Synchronous output
// means nothing is lost or reordered when the script exits right after
// writing, even into a pipe. Node makes pipes asynchronous on POSIX; the
// fs/stream layers replace these objects with real Writable streams.
// Interface: setup(process, binding) defines process.stdout / process.stderr.
// Node doc: api/process.md § "process.stdout", "A note on process I/O".
// Duktape keeps strings in its own extended UTF-8 (a character outside the
// BMP is two 3-byte surrogate halves), which is not what a terminal or a
// pipe expects. ASCII text is the same in both and goes out as is; anything
// else is encoded to real UTF-8 by the buffer layer first.
var NON_ASCII = /[^\x00-\x7f]/;
function writeText(binding, fd, text, encoding) {
  if (NON_ASCII.test(text) || (encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8')) {
    binding.writeString(fd, Buffer.from(text, encoding));
  } else {
    binding.writeString(fd, text);
  }
}

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
    if (typeof chunk === 'string') writeText(binding, fd, chunk, encoding);
    else binding.writeString(fd, chunk);
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

module.exports = {
  setup: setup,
  // For the few writers that bypass the stream objects (uncaught errors, warnings).
  writeText: function (fd, text) { writeText(internalBinding('process'), fd, text); }
};
