// internal/net/server: net.Server, a listening handle plus its bookkeeping.
//
// What: every listen() form (port/host/backlog, options, path, handle/fd),
//   'listening' / 'connection' / 'close' / 'error' / 'drop', close() that
//   stops accepting but waits for existing connections, maxConnections,
//   getConnections, ref/unref. Ported from Node's lib/net.js.
// Interface: Server (api/net.md § "Class: net.Server").
// Invariants:
//   * server._handle is non-null exactly while listening (listening getter).
//   * server._connections counts accepted sockets not yet destroyed;
//     'close' is emitted once the handle is closed and that count is 0.
//   * listen errors (EADDRINUSE, EACCES) arrive as 'error' on the next tick.
// Read first: internal/net/socket.js. Node: lib/net.js § Server.
// Doc: api/net.md. Chapter: chapters/04-sockets.md § "From accept()".
'use strict';

var EventEmitter = require('events');
var util = require('util');
var errors = require('internal/errors');
var validators = require('internal/validators');
var netUtil = require('internal/net/util');
var Socket = require('internal/net/socket').Socket;
var binding = internalBinding('net');

var codes = errors.codes;
var constants = binding.constants;

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = Object.assign({}, options);
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._connections = 0;
  this._handle = null;
  this._unref = false;
  this._pipeName = undefined;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.maxConnections = undefined;
}
util.inherits(Server, EventEmitter);

// Returns a bound handle, or a negative errno.
function createServerHandle(address, port, addressType, fd, flags) {
  var handle, err = 0, isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    handle = new binding.TCP(constants.SERVER);
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new binding.Pipe(constants.SERVER);
  } else {
    handle = new binding.TCP(constants.SERVER);
    isTCP = true;
  }
  if ((address || port || isTCP) && !(typeof fd === 'number' && fd >= 0)) {
    if (!address) {
      err = handle.bind6('::', port, flags);  // IPv6 first: it takes IPv4 too
      if (err) {
        handle.close();
        return createServerHandle('0.0.0.0', port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

// @anchor server-listen
Server.prototype._listen2 = function (address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    var rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle('::', port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = '0.0.0.0';
        addressType = 4;
      } else {
        address = '::';
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      process.nextTick(emitErrorNT, this, netUtil.uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = require('internal/net/server_conn').onconnection;
  this._handle.owner = this;
  var err = this._handle.listen(backlog || constants.DEFAULT_BACKLOG);
  if (err) {
    var ex = netUtil.uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
};

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

Server.prototype.listen = function () {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = netUtil.normalizeArgs(args);
  var options = normalized[0];
  var cb = normalized[1];
  if (this._handle) throw new codes.ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  var backlogFromArgs = netUtil.toNumber(args.length > 1 && args[1]) ||
                        netUtil.toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  var flags = options.ipv6Only ? constants.UV_TCP_IPV6ONLY : 0;
  if (options instanceof binding.TCP) {
    this._handle = options;
    this._listen2(null, -1, -1, backlogFromArgs);
    return this;
  }
  if (options.signal !== undefined) throw errors.notImplemented('server.listen option signal');
  if (typeof options.fd === 'number' && options.fd >= 0) {
    this._listen2(null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  var backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validators.validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) lookupAndListen(this, options.port | 0, options.host, backlog, flags);
    else this._listen2(null, options.port | 0, 4, backlog, undefined, flags);
    return this;
  }
  if (options.path && netUtil.isPipeName(options.path)) {
    if (options.readableAll || options.writableAll) {
      throw errors.notImplemented('server.listen options readableAll/writableAll');
    }
    this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    this._listen2(options.path, -1, -1, backlog);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new codes.ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, flags) {
  var type = netUtil.isIP(address);
  if (type) {
    self._listen2(address, port, type, backlog, undefined, flags);
    return;
  }
  binding.lookup(address, 0, function (err, ip, family) {
    if (err) {
      var ex = new Error('getaddrinfo ' + binding.errname(err)[0] + ' ' + address);
      ex.errno = err;
      ex.code = binding.errname(err)[0];
      ex.syscall = 'getaddrinfo';
      ex.hostname = address;
      self.emit('error', ex);
      return;
    }
    self._listen2(ip, port, family, backlog, undefined, flags);
  });
}

module.exports = { Server: Server, createServerHandle: createServerHandle };
require('internal/net/server_conn');
