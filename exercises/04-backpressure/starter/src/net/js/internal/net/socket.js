// internal/net/socket: net.Socket, a stream.Duplex over a TCP or Pipe handle.
//
// What: the policy half of a connection, ported from Node's lib/net.js. The
//   handle (internalBinding('net')) moves bytes; this file decides when to
//   read (Readable's _read, stopping when push() says the buffer is full),
//   how writes finish (_write/_writev -> handle.writeBuffer/writev), how
//   the write side ends (_final -> handle.shutdown: a FIN, half-close) and
//   how the socket goes away (_destroy -> handle.close, then 'close').
// Interface: Socket (see api/net.md § "Class: net.Socket"); connect and its
//   helpers live in internal/net/connect.js and are installed from there.
// Invariants:
//   * handle.owner === socket while socket._handle === handle.
//   * 'close' is emitted once, from the handle's close callback, after
//     'end'/'finish'/'error'; its argument says whether an error occurred.
//   * Reading stops whenever push() returns false (backpressure) and
//     resumes from _read(): data with no 'data' listener waits in the buffer.
// Read first: internal/streams/duplex.js, then net_binding.hpp.
// Node: lib/net.js. Doc: api/net.md. Chapter: chapters/04-sockets.md.
'use strict';

var stream = require('stream');
var util = require('util');
var errors = require('internal/errors');
var validators = require('internal/validators');
var netUtil = require('internal/net/util');
var binding = internalBinding('net');

var codes = errors.codes;
var UV_EOF = binding.constants.UV_EOF;
var UV_ENOTCONN = -107;

function noop() {}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options && options.objectMode) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  }
  if (typeof options === 'number') options = { fd: options };
  else options = Object.assign({}, options);
  this._handle = null;  // the other fields start as Socket.prototype's defaults
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;  // 'close' comes from the handle (with hadError)
  options.autoDestroy = true;
  stream.Duplex.call(this, options);
  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    this._handle = openFd(options.fd);
  }
  if (options.onread) throw errors.notImplemented('net.Socket option onread');
  initSocketHandle(this);
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else {
      this.read(0);
    }
  }
}
util.inherits(Socket, stream.Duplex);

// @anchor socket-defaults
// Per-socket fields that most sockets never change live here, once, not on
// every socket: an own property costs each of thousands of idle
// connections about 25 bytes of Duktape heap (and past 6 of them Duktape
// adds a 128-byte hash index), a prototype default costs nothing until
// written (the write then makes it own).
var defaults = {
  connecting: false, _hadError: false, _host: null, _parent: null,
  _peername: null, _sockname: null, _pendingData: null,
  _lastWriteQueueSize: 0, _timeoutTimer: null, _bytesDispatched: 0,
  _finalBytesRead: 0, _finalBytesWritten: 0, resetAndClosing: false,
  _server: null
};
Object.keys(defaults).forEach(function (key) { Socket.prototype[key] = defaults[key]; });
// socket.server is socket._server (Node keeps both, always equal): one field.
Object.defineProperty(Socket.prototype, 'server', {
  configurable: true, enumerable: true,
  get: function () { return this._server; },
  set: function (v) { this._server = v; }
});

function openFd(fd) {
  validators.validateInt32(fd, 'fd', 0);
  var handle = new binding.TCP(binding.constants.SOCKET);
  var err = handle.open(fd);
  if (err) throw netUtil.errnoException(err, 'open');
  return handle;
}

function initSocketHandle(self) {
  self._undestroy();
  if (self._sockname !== null) self._sockname = null;
  if (self._handle) {
    self._handle.owner = self;
    if (self._handle.onread !== onStreamRead) self._handle.onread = onStreamRead;
  }
}

// @anchor socket-onread
// handle.onread(nread, buffer): this === the handle.
function onStreamRead(nread, buffer) {
  var self = this.owner;
  if (!self || self.destroyed) return;
  if (nread > 0) {
    self._unrefTimer();
    // EXERCISE 04-backpressure: this naive version keeps reading whatever
    // push() says, so a paused socket buffers without limit and the sender
    // is never slowed down. Stop reading when the buffer is full.
    self.push(buffer);
    return;
  }
  if (nread === 0) return;
  this.reading = false;
  if (nread !== UV_EOF) {
    self.destroy(netUtil.errnoException(nread, 'read'));
    return;
  }
  // The peer half-closed: our readable side ends; the writable side is
  // ended by Duplex when allowHalfOpen is false (see Socket.prototype.write).
  self.push(null);
  self.read(0);
}

// TCP and Pipe handles inherit onread, so that each handle need not own it
// (initSocketHandle still sets it on a handle of another kind, and
// _destroy masks it with noop).
binding.TCP.prototype.onread = onStreamRead;
binding.Pipe.prototype.onread = onStreamRead;

// After 'end', a socket without allowHalfOpen has ended its own side too
// (Duplex does that), and a write fails with EPIPE. Node swaps in
// writeAfterFIN from an 'end' listener; checking here instead saves every
// socket that listener.
Socket.prototype.write = function (chunk, encoding, cb) {
  if (this.writableEnded && this.readableEnded && !this.allowHalfOpen) {
    return writeAfterFIN(this, encoding, cb);
  }
  return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
};

function writeAfterFIN(socket, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  var er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  var self = socket;
  process.nextTick(function () {
    self.destroy(er);
    if (typeof cb === 'function') cb(er);
  });
  return false;
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  var err = socket._handle.readStart();
  if (err) socket.destroy(netUtil.errnoException(err, 'read'));
}

Socket.prototype._read = function (n) {
  if (this.connecting || !this._handle) {
    this.once('connect', function () { this._read(n); });
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

// @anchor socket-final
// The writable side ended and every write is out: send FIN (half-close).
Socket.prototype._final = function (cb) {
  if (this.pending) {
    return this.once('connect', function () { this._final(cb); });
  }
  if (!this._handle) return cb();
  var req = { oncomplete: afterShutdown, callback: cb };
  var err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(netUtil.errnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

// @anchor socket-write
Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    var onClose = function () { cb(new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION()); };
    this.once('connect', function () {
      this.removeListener('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  if (this._pendingData !== null) this._pendingData = null;
  if (!this._handle) {
    cb(new codes.ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  var req = { oncomplete: onWriteComplete, callback: cb, socket: this, async: false, bytes: 0 };
  var err;
  if (writev) {
    var chunks = new Array(data.length);
    for (var i = 0; i < data.length; i++) chunks[i] = toBuffer(data[i].chunk, data[i].encoding);
    err = this._handle.writev(req, chunks);
  } else {
    err = this._handle.writeBuffer(req, toBuffer(data, encoding));
  }
  if (err !== 0) return cb(netUtil.errnoException(err, 'write'));
  this._bytesDispatched += req.bytes;
  if (!req.async) {
    cb();  // the kernel took it all: done now (Writable defers the user's cb)
  } else {
    this._lastWriteQueueSize = req.bytes;
  }
};

function toBuffer(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
}

// req.oncomplete(status): a queued write reached the kernel (or failed).
function onWriteComplete(status) {
  var self = this.socket;
  if (self.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    this.callback(netUtil.errnoException(status, 'write'));
    return;
  }
  self._unrefTimer();
  self._lastWriteQueueSize = 0;
  this.callback(null);
}

Socket.prototype._writev = function (chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function (data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

// @anchor socket-destroy
Socket.prototype._destroy = function (exception, cb) {
  this.connecting = false;
  for (var s = this; s !== null; s = s._parent) clearTimeout(s._timeoutTimer);
  if (this._handle) {
    var isException = exception ? true : false;
    var self = this;
    this._finalBytesRead = this._handle.getBytesRead();
    this._finalBytesWritten = this._handle.getBytesWritten();
    var onClosed = function () { self.emit('close', isException); };
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      this._handle.reset(onClosed);
    } else {
      this._handle.close(onClosed);
    }
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close');  // no handle was ever opened: Node passes no hadError here
}

Socket.prototype.end = function (data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._reset = function () {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.resetAndDestroy = function () {
  if (this._handle) {
    if (!(this._handle instanceof binding.TCP)) throw new codes.ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', function () { this._reset(); });
    else this._reset();
  } else {
    this.destroy(new codes.ERR_SOCKET_CLOSED());
  }
  return this;
};

module.exports = { Socket: Socket, tryReadStart: tryReadStart, initSocketHandle: initSocketHandle };
require('internal/net/socket_props');
require('internal/net/connect');
