// chunked_decoder.js: a decoder for HTTP/1.1 chunked transfer coding
// (RFC 9112 § 7.1) -- THE STARTER of exercises/05-chunked.
//
// Interface (keep it):
//   var ChunkedDecoder = require('./chunked_decoder');
//   var d = new ChunkedDecoder({ onData: fn(buf), onTrailers: fn(rawTrailers), onEnd: fn() });
//   var used = d.execute(buf);   // feed bytes, as many times as they arrive
//   d.finished                   // true once the last chunk and trailers were read
// execute() returns how many bytes of buf belonged to this body. A framing
// error throws an Error whose .code is llhttp's (see the README).
//
// What is naive here: it assumes the whole body arrives in one execute()
// call, reads it as text split on CRLF, and believes every size line. It
// works for the simplest bodies; see exercises/05-chunked/README.md for
// what a real decoder must do.
'use strict';

function ChunkedDecoder(callbacks) {
  callbacks = callbacks || {};
  this.onData = callbacks.onData || function () {};
  this.onTrailers = callbacks.onTrailers || function () {};
  this.onEnd = callbacks.onEnd || function () {};
  this.finished = false;
}

ChunkedDecoder.prototype.execute = function execute(buf) {
  var lines = buf.toString('latin1').split('\r\n');
  for (var i = 0; i < lines.length; i += 2) {
    var size = parseInt(lines[i], 16);
    if (isNaN(size)) {
      var err = new Error('Invalid character in chunk size');
      err.code = 'HPE_INVALID_CHUNK_SIZE';
      throw err;
    }
    if (size === 0) {
      this.finished = true;
      this.onEnd();
      break;
    }
    this.onData(Buffer.from(lines[i + 1], 'latin1'));
  }
  return buf.length;
};

module.exports = ChunkedDecoder;
