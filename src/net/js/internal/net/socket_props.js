// internal/net/socket_props: net.Socket's accessors and small options.
//
// What: addresses (address(), remoteAddress, localPort...), counters
//   (bytesRead, bytesWritten), state (readyState, pending), socket options
//   (setNoDelay, setKeepAlive), the idle timeout (setTimeout, 'timeout'),
//   and ref/unref, installed on Socket.prototype.
// Interface: api/net.md, each under its own heading.
// Invariants: the idle timer is an unref'ed setTimeout, refreshed by every
//   read and write (_unrefTimer); it only emits 'timeout', never destroys.
//   Addresses are cached once known (a closed socket still reports them).
// Read first: internal/net/socket.js. Node: lib/net.js.
'use strict';

var Socket = require('internal/net/socket').Socket;
var validators = require('internal/validators');
var netUtil = require('internal/net/util');

var proto = Socket.prototype;

function getter(name, fn) {
  Object.defineProperty(proto, name, { configurable: true, enumerable: false, get: fn });
}

proto._getpeername = function () {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    var out = {};
    var err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

proto._getsockname = function () {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    var out = {};
    var err = this._handle.getsockname(out);
    if (err) return out;
    this._sockname = out;
  }
  return this._sockname;
};

proto.address = function () {
  return this._getsockname();
};

getter('remoteAddress', function () { return this._getpeername().address; });
getter('remoteFamily', function () { return this._getpeername().family; });
getter('remotePort', function () { return this._getpeername().port; });
getter('localAddress', function () { return this._getsockname().address; });
getter('localPort', function () { return this._getsockname().port; });
getter('localFamily', function () { return this._getsockname().family; });

getter('pending', function () { return !this._handle || this.connecting; });

getter('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});

getter('bufferSize', function () {
  if (this._handle) return this.writableLength;
});

getter('bytesRead', function () {
  return this._handle ? this._handle.getBytesRead() : this._finalBytesRead;
});

// Bytes handed to the handle plus those still waiting in the Writable's
// buffer (Node counts both).
getter('bytesWritten', function () {
  var bytes = this._bytesDispatched;
  var buffered = this.writableBuffer || [];
  for (var i = 0; i < buffered.length; i++) {
    var el = buffered[i];
    bytes += Buffer.isBuffer(el.chunk) ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  var pending = this._pendingData;
  if (pending) {
    if (Array.isArray(pending)) {
      for (var j = 0; j < pending.length; j++) bytes += pending[j].chunk.length;
    } else {
      bytes += Buffer.isBuffer(pending) ? pending.length : Buffer.byteLength(pending);
    }
  }
  return bytes;
});

proto.setNoDelay = function (enable) {
  var value = enable === undefined ? true : !!enable;
  if (!this._handle) {
    this._setNoDelay = value;
    return this;
  }
  if (this._handle.setNoDelay && value !== this._setNoDelay) {
    this._setNoDelay = value;
    this._handle.setNoDelay(value);
  }
  return this;
};

proto.setKeepAlive = function (enable, initialDelayMsecs) {
  enable = Boolean(enable);
  var initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this._setKeepAlive = enable;
    this._keepAliveDelay = initialDelay;
    return this;
  }
  if (this._handle.setKeepAlive && enable !== this._setKeepAlive) {
    this._setKeepAlive = enable;
    this._keepAliveDelay = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

// @anchor socket-timeout
proto.setTimeout = function (msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  validators.validateNumber(msecs, 'msecs', 0);
  clearTimeout(this._timeoutTimer);
  this._timeoutTimer = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validators.validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // No closure per socket: the timer passes the socket to one shared function.
    this._timeoutTimer = setTimeout(onTimeoutTimer, msecs, this);
    this._timeoutTimer.unref();
    if (callback !== undefined) {
      validators.validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

function onTimeoutTimer(socket) {
  socket._onTimeout();
}

proto._onTimeout = function () {
  var handle = this._handle;
  var last = this._lastWriteQueueSize;
  if (last > 0 && handle) {
    // Writes are still draining: that is activity, not idleness.
    var now = handle.getWriteQueueSize();
    if (now !== last) {
      this._lastWriteQueueSize = now;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

proto._unrefTimer = function () {
  for (var s = this; s !== null; s = s._parent) {
    if (s._timeoutTimer) s._timeoutTimer.refresh();
  }
};

proto.ref = function () {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

proto.unref = function () {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

Object.defineProperty(proto, '_connecting', {
  configurable: true,
  get: function () { return this.connecting; }
});

module.exports = { isIP: netUtil.isIP };
