// doc: readline.md § "readline.cursorTo(stream, x[, y][, callback])"
// cursorTo, moveCursor, clearLine and clearScreenDown write ANSI escape sequences to the stream.
var readline = require('readline');
var Writable = require('stream').Writable;
var out = '';
var w = new Writable({ write: function (c, e, cb) { out += c; cb(); } });
readline.cursorTo(w, 3);
readline.cursorTo(w, 3, 1);
readline.moveCursor(w, -2, 1);
readline.clearLine(w, 0);
readline.clearScreenDown(w);
console.log(JSON.stringify(out));
// expect: "\u001b[4G\u001b[2;4H\u001b[2D\u001b[1B\u001b[2K\u001b[0J"
