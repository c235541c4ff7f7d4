// internal/readline/callbacks: the ANSI cursor helpers of `readline`.
//
// What: cursorTo, moveCursor, clearLine and clearScreenDown write VT100
//   escape sequences (CSI = ESC [) to a writable stream; nothing is read.
// Interface: readline.cursorTo(stream, x[, y][, callback]),
//   moveCursor(stream, dx, dy[, callback]), clearLine(stream, dir[, callback]),
//   clearScreenDown(stream[, callback]); each returns stream.write()'s result
//   (true when stream is null/undefined, and callback then runs on the next tick).
// Node: lib/internal/readline/callbacks.js. Doc: api/readline.md § "readline.cursorTo(stream, x[, y][, callback])".
'use strict';

var errors = require('internal/errors');
var codes = errors.codes;
// Node's message; defined here until internal/error_messages.js has it.
if (!codes.ERR_INVALID_CURSOR_POS) {
  errors.E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
}
var CSI = '\x1b[';

function validateCallback(cb) {
  if (cb !== undefined && typeof cb !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', cb);
}

function out(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') { callback = y; y = undefined; }
  validateCallback(callback);
  if (Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new codes.ERR_INVALID_CURSOR_POS();
  var data = typeof y !== 'number' ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H';
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  validateCallback(callback);
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  var data = '';
  if (dx < 0) data += CSI + (-dx) + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + (-dy) + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  return stream.write(data, callback);
}

// dir: -1 to the left of the cursor, 1 to the right, 0 the whole line.
function clearLine(stream, dir, callback) {
  validateCallback(callback);
  var type = dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K';
  return out(stream, type, callback);
}

function clearScreenDown(stream, callback) {
  validateCallback(callback);
  return out(stream, CSI + '0J', callback);
}

module.exports = {
  cursorTo: cursorTo, moveCursor: moveCursor, clearLine: clearLine, clearScreenDown: clearScreenDown
};
