// process.stdin: a Readable over fd 0, built on the first access.
//
// What: picks the stream the way Node's getStdin() does, by what fd 0 is:
//   * a regular file (or /dev/null, any other non-pipe): fs.ReadStream with
//     autoClose false -- each read is an fs.read on the thread pool, in flight
//     only while the stream wants data;
//   * a pipe, socket or TTY: net.Socket over a loop-driven handle (the same
//     Stream class a TCP connection uses: src/net/stream.cpp reads with
//     read(2) when epoll says fd is readable).
//   * a closed fd 0: an empty Readable that ends at once.
// Interface: create(processBinding) -> the stream; fd === 0 on all of them,
//   isTTY === true on a terminal (and setRawMode() there throws
//   ERR_NOT_IMPLEMENTED: minode has no raw mode; lines arrive as the
//   terminal's line discipline cooked them).
// Invariants:
//   * Creating the stream reads nothing: it starts paused and not reading,
//     so touching process.stdin alone never keeps the process alive. Reading
//     starts with 'data'/resume()/read()/pipe(); pause() stops it (readStop:
//     the handle goes inactive) so the loop may exit while paused.
//   * fd 0 itself is never closed and never made non-blocking: a pipe or TTY
//     is reopened through /proc/self/fd/0 (a new open file description, like
//     libuv reopening a TTY), and that fd is what the handle owns and closes.
//     If the reopen fails (a socket), fd 0 is used directly.
// Read first: src/net/js/internal/net/socket.js (onStreamRead, _read),
//   src/fs/js/internal/fs/streams.js (ReadStream).
// Node: lib/internal/bootstrap/switches/is_main_thread.js (getStdin).
// Node doc: api/process.md § "process.stdin".
'use strict';

function guessType(fs, binding) {
  if (binding.isatty(0)) return 'TTY';
  var st;
  try {
    st = fs.fstatSync(0);
  } catch (e) {
    return 'CLOSED';
  }
  if (st.isFIFO() || st.isSocket()) return 'PIPE';
  return 'FILE';  // like libuv: regular files and character devices
}

// A private fd for the same pipe/terminal, non-blocking without touching
// fd 0's flags (which the parent shell shares).
function reopen(fs) {
  var c = fs.constants;
  try {
    return fs.openSync('/proc/self/fd/0', c.O_RDONLY | c.O_NONBLOCK);
  } catch (e) {
    return 0;
  }
}

function socketStdin(fs, isTTY) {
  var net = require('net');
  var stdin = new net.Socket({
    fd: reopen(fs), readable: true, writable: false, pauseOnCreate: true
  });
  // pauseOnCreate marked the stream paused; Node's stdin is neither paused
  // nor flowing until someone reads (so on('data') starts the flow).
  stdin.readableFlowing = null;
  stdin._readableState.reading = false;
  // pause() stops reading in the check phase, after the nextTicks that
  // follow it: the 'data' that led to pause() also queued Readable's
  // read-ahead (maybeReadMore, a nextTick), which would otherwise start the
  // handle again right after a nextTick'd stop. Node stops one tick later;
  // then a TTY paused by rl.close() keeps the process alive (Node escapes
  // that through its terminal mode, which minode does not have).
  stdin.on('pause', function () { require('timers').setImmediate(onpause); });
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  if (isTTY) {
    stdin.isTTY = true;
    stdin.isRaw = false;
    stdin.setRawMode = function setRawMode() {
      throw require('internal/errors').notImplemented('process.stdin.setRawMode');
    };
  }
  return stdin;
}

function create(binding) {
  var fs = require('fs');
  var type = guessType(fs, binding);
  var stdin;
  if (type === 'PIPE' || type === 'TTY') {
    stdin = socketStdin(fs, type === 'TTY');
  } else if (type === 'FILE') {
    var ReadStream = require('internal/fs/streams').ReadStream;
    stdin = new ReadStream(null, { fd: 0, autoClose: false });
  } else {
    var Readable = require('internal/streams/readable');
    stdin = new Readable({ read: function () { this.push(null); } });
  }
  stdin.fd = 0;
  return stdin;
}

module.exports = { create: create };
