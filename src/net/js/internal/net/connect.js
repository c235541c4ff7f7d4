// internal/net/connect: socket.connect() and what it sets in motion.
//
// What: argument forms (port/host, path, options), the optional host-name
//   lookup ('lookup' event; internalBinding('net').lookup runs getaddrinfo
//   off the loop thread), binding a local address, then handle.connect;
//   afterConnect turns the result into 'connect' + 'ready', or an error
//   shaped like Node's ("connect ECONNREFUSED 127.0.0.1:1").
// Interface: installs Socket.prototype.connect.
// Invariants: socket.connecting is true from connect() until afterConnect
//   (or destroy); writes made meanwhile wait for 'connect' (socket.js).
//   A host that is already an IP address is not looked up, and no 'lookup'
//   event fires (Node's rule).
// Read first: internal/net/socket.js. Node: lib/net.js § lookupAndConnect,
//   internalConnect, afterConnect. Doc: api/net.md § "socket.connect()".
'use strict';

var socketMod = require('internal/net/socket');
var errors = require('internal/errors');
var validators = require('internal/validators');
var netUtil = require('internal/net/util');
var binding = internalBinding('net');

var Socket = socketMod.Socket;
var codes = errors.codes;

Socket.prototype.connect = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = netUtil.isNormalized(args[0]) ? args[0] : netUtil.normalizeArgs(args);
  var options = normalized[0];
  var cb = normalized[1];
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  var path = options.path;
  var pipe = !!path;
  if (pipe) validators.validateString(path, 'options.path');
  if (!this._handle) {
    this._handle = pipe ? new binding.Pipe(binding.constants.SOCKET)
                        : new binding.TCP(binding.constants.SOCKET);
    socketMod.initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  if (options.noDelay !== undefined) this.setNoDelay(options.noDelay);
  if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay);
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function validateConnectPort(options) {
  var port = options.port;
  if (port === undefined) {
    throw new codes.ERR_MISSING_ARGS('options', 'options.port', 'options.path');
  }
  if (typeof port !== 'number' && typeof port !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
  }
  validators.validatePort(port);
  return port | 0;
}

// @anchor socket-lookup
function lookupAndConnect(self, options) {
  var localAddress = options.localAddress;
  var localPort = options.localPort;
  var host = options.host || 'localhost';
  if (localAddress && !netUtil.isIP(localAddress)) {
    throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validators.validateNumber(localPort, 'options.localPort');
  var port = validateConnectPort(options);
  if (options.lookup !== undefined) throw errors.notImplemented('net.connect option lookup');
  var family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family | 0);
  if (family !== 0 && family !== 4 && family !== 6) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.family', options.family, 'must be 4, 6 or 0');
  }
  self._host = host;
  var addressType = netUtil.isIP(host);
  if (addressType) {
    process.nextTick(function () {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  binding.lookup(host, family, function (err, ip, ipFamily) {
    if (!self.connecting) return;
    if (err) {
      var ex = new Error('getaddrinfo ' + binding.errname(err)[0] + ' ' + host);
      ex.errno = err;
      ex.code = binding.errname(err)[0];
      ex.syscall = 'getaddrinfo';
      ex.hostname = host;
      self.emit('lookup', ex, undefined, undefined, host);
      self.destroy(ex);
      return;
    }
    self.emit('lookup', null, ip, ipFamily, host);
    self._unrefTimer();
    internalConnect(self, ip, port, ipFamily, localAddress, localPort);
  });
}

// @anchor socket-internal-connect
function internalConnect(self, address, port, addressType, localAddress, localPort) {
  var err;
  if (localAddress || localPort) {
    localAddress = localAddress || (addressType === 4 ? '0.0.0.0' : '::');
    err = addressType === 4 ? self._handle.bind(localAddress, localPort | 0)
                            : self._handle.bind6(localAddress, localPort | 0, 0);
    if (err) {
      self.destroy(netUtil.exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  var req = { oncomplete: afterConnect, address: address, port: port,
              localAddress: localAddress, localPort: localPort };
  err = port === undefined ? self._handle.connect(req, address)
                           : self._handle.connect(req, address, port);
  if (err) {
    var sockname = self._getsockname();
    var details = sockname.address ? sockname.address + ':' + sockname.port : undefined;
    self.destroy(netUtil.exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

// req.oncomplete(status, handle, req)
function afterConnect(status, handle, req) {
  var self = handle.owner;
  if (!self || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self._unrefTimer();
    if (self._setNoDelay && handle.setNoDelay) handle.setNoDelay(true);
    if (self._setKeepAlive && handle.setKeepAlive) handle.setKeepAlive(true, self._keepAliveDelay || 0);
    self.emit('connect');
    self.emit('ready');
    if (!self.isPaused()) self.read(0);  // start reading (or get an early EOF)
  } else {
    var details;
    if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
    var ex = netUtil.exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

module.exports = { lookupAndConnect: lookupAndConnect };
