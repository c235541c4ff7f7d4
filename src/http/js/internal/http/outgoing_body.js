// internal/http/outgoing_body: OutgoingMessage's body methods (write, end,
// addTrailers, flushHeaders) and the hand-off to the socket.
//
// What: Node's write_/end/_send/_writeRaw from lib/_http_outgoing.js, kept
// apart from the header store so each file reads in one sitting.
// Interface: install(OutgoingMessage) adds the methods to its prototype.
// Invariants: the head goes out with the first body bytes (or at end());
// with chunked framing each write() is one chunk and end() sends the last
// chunk; end(data) alone sends head and body as ONE buffer built in C++.
// OutgoingMessage.prototype.end ends up native (src/http/http_end_binding.cpp):
// the `end` here is what it calls for every case it does not take itself.
// Read first: _http_outgoing.js. Doc: api/http.md § "response.write(...)".
'use strict';

var errors = require('internal/errors');
var hasListeners = require('_http_common').hasListeners;
var codes = errors.codes;

var CRLF = '\r\n';
// outputData of a message with nothing queued (@anchor thin-outgoing):
// shared and frozen; _writeRaw gives the message its own list to queue in.
var kNoOutput = Object.freeze([]);
// Node's lib code holds the internal nextTick too: a user's replacement of
// process.nextTick does not reroute it (and the global lookup is saved).
var nextTick = process.nextTick;
// [a nextTick is queued, a microtask is queued, ...]: see finishSoon.
var tickInfo = internalBinding('engine').tickInfo;

function byteLength(chunk) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
}

function onFinish(msg) {
  var socket = msg.socket;
  if (socket !== null && socket._hadError) return;
  if (msg._onFinish !== null) msg._onFinish();
  var events = msg._events;  // emit() only when someone listens (it is costly)
  if (events !== void 0 && events.finish !== void 0) msg.emit('finish');
}

// @anchor finish-after-request
// 'finish' follows end() in a tick of its own, as in Node: first the code
// after end() runs, then the ticks queued before it, then 'finish'. When
// end() is called from the server's 'request' handler (state.finishing is
// null then: undefined outside the handler, the response once one finished)
// with no tick or microtask queued, nothing can run between the handler's
// return and that tick: the server then finishes the response right after
// the handler returns (onIncoming in server_request.js), which saves
// the tick (~30,000 instructions a request in Duktape).
function finishSoon(msg) {
  var state = msg._httpState;
  if (state && state.finishing === null && tickInfo[0] === 0 &&
      tickInfo[1] === 0) {
    state.finishing = msg;
  } else {
    nextTick(onFinish, msg);
  }
}

// finishSoon's other half, for the native end (src/http/http_end_binding.cpp).
function finishLater(msg) {
  nextTick(onFinish, msg);
}

function writeAfterEnd(msg, callback) {
  var err = new codes.ERR_STREAM_WRITE_AFTER_END();
  if (msg.destroyed) return;
  process.nextTick(function () {
    if (typeof callback === 'function') callback(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

// Writes data (and, the first time, the head) to the socket, or queues it
// until a socket is assigned (a pipelined response waits its turn).
function _send(data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    this._writeRaw(this._header, null, null);
    this._headerSent = true;
  }
  if (data === '' || (data && data.length === 0)) {
    if (typeof callback === 'function') return this._writeRaw('', 'latin1', callback);
    return true;
  }
  return this._writeRaw(data, encoding, callback);
}

// Backpressure (Node's kNeedDrain): when the socket's write() says "full",
// the message remembers it, and the socket's next 'drain' is re-emitted on
// the message, so `readable.pipe(res)` pauses and resumes. The listener is
// attached once per socket, the first time it fills up.
function socketOnDrain() {
  var msg = this._httpMessage;
  if (msg && !msg.finished && msg._needDrain) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

function _writeRaw(data, encoding, callback) {
  var conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    var ret = conn.write(data, encoding || undefined, callback || undefined);
    if (!ret) {
      this._needDrain = true;
      if (!conn._httpDrainHooked) {
        conn._httpDrainHooked = true;
        conn.on('drain', socketOnDrain);
      }
    }
    return ret;
  }
  if (this.outputData === kNoOutput) this.outputData = [];
  this.outputData.push({ data: data, encoding: encoding, callback: callback });
  this.outputSize += data.length;
  if (this._onPendingData) this._onPendingData(data.length);
  return this.outputSize < 16384;
}

function _flushOutput(socket) {
  var data = this.outputData;
  this.outputData = kNoOutput;
  var size = this.outputSize;
  this.outputSize = 0;
  if (this._onPendingData) this._onPendingData(-size);
  var ret = true;
  for (var i = 0; i < data.length; i++) {
    ret = socket.write(data[i].data, data[i].encoding || undefined, data[i].callback || undefined);
  }
  return ret;
}

function checkChunk(chunk) {
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
}

// @anchor outgoing-write
function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = null;
  if (msg.finished) {
    writeAfterEnd(msg, callback);
    return true;
  }
  checkChunk(chunk);
  if (!msg._header) {
    if (fromEnd) msg._contentLength = byteLength(chunk);
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (callback) process.nextTick(callback);
    return true;
  }
  // As Node does: the writes of one tick go out as one socket write (cork
  // now, uncork on the next tick); so a big chunk is queued, and write()
  // reports backpressure, even when the kernel could have taken it at once.
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  if (msg.chunkedEncoding && chunk.length !== 0) {
    msg._send(byteLength(chunk).toString(16) + CRLF, 'latin1', null);
    msg._send(chunk, encoding, null);
    return msg._send(CRLF, 'latin1', callback);
  }
  return msg._send(chunk, encoding, callback);
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  return write_(this, chunk, encoding, callback, false);
}

// @anchor outgoing-end
function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      writeAfterEnd(this, callback);
      return this;
    }
    if (!this._header && typeof chunk === 'string' && (!encoding || /^utf-?8$/i.test(encoding))) {
      // The fast path: head and body built together in C++ (one write).
      this._implicitHeader(chunk);
    } else {
      write_(this, chunk, encoding, null, true);
    }
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (typeof this._header === 'number') {
    // Head and body are already with the socket (the server's fast path).
    finishSoon(this);
  } else {
    endWrites(this, chunk);
  }
  this.finished = true;
  var socket = this.socket;
  if (this.outputData.length === 0 && socket !== null && socket._httpMessage === this) {
    var events = this._events;  // this._finish(): 'prefinish', if anyone listens
    if (events !== void 0 && events.prefinish !== void 0) this.emit('prefinish');
  }
  return this;
}

// The last writes of end(): the last chunk, or an empty write whose
// callback says everything before it reached the socket.
function endWrites(msg, chunk) {
  var finish = function () { onFinish(msg); };
  if (msg._hasBody && msg.chunkedEncoding) {
    msg._send('0' + CRLF + msg._trailer + CRLF, 'latin1', finish);
  } else if (!msg._headerSent || msg.outputData.length || chunk) {
    msg._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  fullyUncork(msg.socket);
}

// Node's "Fully uncork connection on end()": corks the user or write()
// left on the socket are undone, so the response is not held back.
function fullyUncork(socket) {
  if (socket === null || !socket.writableCorked) return;
  socket._writableState.corked = 1;
  socket.uncork();
}

function addTrailers(headers) {
  this._trailer = '';
  var keys = Object.keys(headers);
  for (var i = 0; i < keys.length; i++) {
    var field = keys[i];
    var value = headers[field];
    if (Array.isArray(headers)) {
      field = headers[i][0];
      value = headers[i][1];
    }
    var m = require('_http_outgoing');
    m.validateHeaderName(field, 'Trailer name');
    if (require('_http_common').checkInvalidHeaderChar(value)) {
      throw new codes.ERR_INVALID_CHAR('trailer content', field);
    }
    this._trailer += field + ': ' + value + CRLF;
  }
}

function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
}

function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(error);
  else {
    var self = this;
    this.once('socket', function (socket) { socket.destroy(error); });
  }
  return this;
}

function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', function (socket) { socket.setTimeout(msecs); });
  return this;
}

exports.onFinish = onFinish;
exports.finishLater = finishLater;
exports.install = function install(OutgoingMessage) {
  var p = OutgoingMessage.prototype;
  p.outputData = kNoOutput;
  p._send = _send;
  p._writeRaw = _writeRaw;
  p._flushOutput = _flushOutput;
  p.write = write;
  p.end = end;
  p.addTrailers = addTrailers;
  p.flushHeaders = flushHeaders;
  p.destroy = destroy;
  p.setTimeout = setTimeout;
  p._finish = function _finish() { if (hasListeners(this, 'prefinish')) this.emit('prefinish'); };
  p.cork = function cork() { if (this.socket) this.socket.cork(); };
  Object.defineProperty(p, 'writableLength', {
    configurable: true,
    get: function () { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
  });
  Object.defineProperty(p, 'writableNeedDrain', {
    configurable: true,
    get: function () { return !this.destroyed && !this.finished && !!this._needDrain; }
  });
  p.uncork = function uncork() { if (this.socket) this.socket.uncork(); };
};
