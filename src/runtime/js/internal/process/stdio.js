// process.stdout, process.stderr and (lazily) process.stdin.
//
// What: stdout and stderr are stream.Writable instances (SyncWriteStream)
// whose _write() is synchronous: internalBinding('process').writeString ->
// write_all in src/runtime/process_info.cpp, which waits out EAGAIN on a
// non-blocking pipe. Synchronous output means nothing is lost or reordered
// when the script exits right after writing, even into a pipe, and
// process.exit() never drops output.
// Node on POSIX is synchronous for files and TTYs but asynchronous for pipes
// (api/process.md § "A note on process I/O"); minode is synchronous for all
// three. Also unlike Node, stdout is never a net.Socket or tty.WriteStream:
// it is the one SyncWriteStream class whatever fd 1 is (Node uses that class
// for files), and it has no columns/rows/getWindowSize yet.
// process.stdin is built on first access by internal/process/stdin.js, so a
// script that never touches it never reads fd 0 and exits as before.
// Interface: setup(process, binding) defines the three getters;
//   writeText(fd, text) writes directly (uncaught errors, warnings).
// Invariants: the fds are never closed: end() ends the stream (later
//   write()s in the same tick fail with ERR_STREAM_WRITE_AFTER_END), and
//   destroy() -- also reached through end()'s autoDestroy -- leaves fd open
//   and the stream usable again, as Node's dummyDestroy does.
// Read first: src/stream/js/internal/streams/writable.js.
// Node: lib/internal/bootstrap/switches/is_main_thread.js (createWritableStdioStream),
//   lib/internal/fs/sync_write_stream.js.
// Node doc: api/process.md § "process.stdout", "process.stderr", "A note on process I/O".

// Duktape keeps strings in its own extended UTF-8 (a character outside the
// BMP is two 3-byte surrogate halves), which is not what a terminal or a
// pipe expects. ASCII text is the same in both and goes out as is; anything
// else is encoded to real UTF-8 by the buffer layer first.
// Returns writeString's result: false when the reader went away (EPIPE).
var NON_ASCII = /[^\x00-\x7f]/;
function writeText(binding, fd, text, encoding) {
  if (NON_ASCII.test(text) || (encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8')) {
    return binding.writeString(fd, Buffer.from(text, encoding));
  }
  return binding.writeString(fd, text);
}

function epipeError() {
  var err = new Error('write EPIPE');
  err.errno = -32;
  err.code = 'EPIPE';
  err.syscall = 'write';
  return err;
}

var SyncWriteStream = null;

// @anchor stdio-sync-write-stream
// Defined on first use: the stream layer is only loaded once a script
// touches process.stdout/stderr (console does, at its first use).
function defineSyncWriteStream() {
  var Writable = require('internal/streams/writable');
  function SyncWriteStreamCtor(fd, binding) {
    // decodeStrings: false -- an ASCII string goes to write() without a Buffer.
    Writable.call(this, { decodeStrings: false, autoDestroy: true });
    this.fd = fd;
    this.readable = false;
    this._binding = binding;
  }
  Object.setPrototypeOf(SyncWriteStreamCtor.prototype, Writable.prototype);
  Object.setPrototypeOf(SyncWriteStreamCtor, Writable);
  Object.defineProperty(SyncWriteStreamCtor, 'name', { value: 'SyncWriteStream' });

  SyncWriteStreamCtor.prototype._write = function (chunk, encoding, cb) {
    var ok;
    try {
      ok = typeof chunk === 'string' ? writeText(this._binding, this.fd, chunk, encoding)
        : this._binding.writeString(this.fd, chunk);
    } catch (err) {
      return cb(err);
    }
    if (ok === false) return cb(epipeError());
    cb();
  };

  // Node's dummyDestroy: the fd stays open and the stream becomes usable again.
  SyncWriteStreamCtor.prototype._destroy = function (err, cb) {
    cb(err);
    this._undestroy();
  };
  SyncWriteStreamCtor.prototype.destroySoon = SyncWriteStreamCtor.prototype.destroy;
  return SyncWriteStreamCtor;
}

function makeStdio(fd, binding) {
  if (SyncWriteStream === null) SyncWriteStream = defineSyncWriteStream();
  var s = new SyncWriteStream(fd, binding);
  s._isStdio = true;
  // Like Node: isTTY exists (true) only on a terminal.
  if (binding.isatty(fd)) s.isTTY = true;
  return s;
}

function setup(process, binding) {
  var stdout = null;
  var stderr = null;
  var stdin = null;
  Object.defineProperty(process, 'stdout', {
    configurable: true, enumerable: false,
    get: function () { return stdout || (stdout = makeStdio(1, binding)); }
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true, enumerable: false,
    get: function () { return stderr || (stderr = makeStdio(2, binding)); }
  });
  Object.defineProperty(process, 'stdin', {
    configurable: true, enumerable: false,
    get: function () { return stdin || (stdin = require('internal/process/stdin').create(binding)); }
  });
}

module.exports = {
  setup: setup,
  // For the few writers that bypass the stream objects (uncaught errors, warnings).
  writeText: function (fd, text) { writeText(internalBinding('process'), fd, text); }
};
