// internal/net/server_conn: what a listening net.Server does with each
// accepted connection, and how it stops.
//
// What: onconnection (the handle's callback: one accepted client handle ->
//   a net.Socket and a 'connection' event, or a 'drop' past
//   maxConnections), close(), address(), getConnections(), listening,
//   ref()/unref().
// Interface: installs these on Server.prototype.
// Invariants: see internal/net/server.js.
// Read first: internal/net/server.js. Node: lib/net.js § onconnection.
'use strict';

var errors = require('internal/errors');
var netUtil = require('internal/net/util');
var Server = require('internal/net/server').Server;
var Socket = require('internal/net/socket').Socket;

var codes = errors.codes;
var proto = Server.prototype;

function dropInfo(clientHandle) {
  var local = {}, remote = {};
  if (!clientHandle.getsockname) return undefined;  // Unix sockets: no addresses
  clientHandle.getsockname(local);
  clientHandle.getpeername(remote);
  return {
    localAddress: local.address, localPort: local.port, localFamily: local.family,
    remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family
  };
}

// @anchor server-onconnection
// handle.onconnection(err, clientHandle): this === the listening handle.
function onconnection(err, clientHandle) {
  var self = this.owner;
  if (err) {
    self.emit('error', netUtil.errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    var info = dropInfo(clientHandle);
    if (info) self.emit('drop', info);
    else self.emit('drop');
    clientHandle.close();
    return;
  }
  var socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket._setNoDelay = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket._setKeepAlive = true;
    socket._keepAliveDelay = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket._server = self;  // and so socket.server
  self.emit('connection', socket);
}
module.exports = { onconnection: onconnection };

proto.address = function () {
  if (this._handle && this._handle.getsockname) {
    var out = {};
    var err = this._handle.getsockname(out);
    if (err) throw netUtil.errnoException(err, 'address');
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

// @anchor server-close
proto.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new codes.ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

proto._emitCloseIfDrained = function () {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(self) {
  self.emit('close');
}

proto.getConnections = function (cb) {
  var n = this._connections;
  process.nextTick(function () { cb(null, n); });
  return this;
};

Object.defineProperty(proto, 'listening', {
  configurable: true,
  enumerable: true,
  get: function () { return !!(this._handle && this._connectionKey); }
});

proto.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

proto.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};
