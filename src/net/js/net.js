// net: TCP and Unix-domain stream sockets, servers and clients.
//
// What: the public module. Socket and Server live in internal/net/*;
//   this file adds the factories and the address helpers.
// Interface (api/net.md): createServer, Server, connect, createConnection,
//   Socket, Stream (= Socket), isIP, isIPv4, isIPv6,
//   getDefaultAutoSelectFamily / setDefaultAutoSelectFamily (the flag is
//   kept; minode connects to the first address found), BlockList and
//   SocketAddress (not implemented: they throw ERR_NOT_IMPLEMENTED).
// Invariants: every export has Node's name and shape.
// Read first: internal/net/socket.js, internal/net/server.js; the C++ under
//   them: src/net/stream.hpp, src/net/server.hpp.
// Node: lib/net.js. Doc: api/net.md. Chapter: chapters/04-sockets.md.
'use strict';

var errors = require('internal/errors');
var validators = require('internal/validators');
var netUtil = require('internal/net/util');
var Socket = require('internal/net/socket').Socket;
var Server = require('internal/net/server').Server;

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// net.connect(options[, cb]) / (port[, host][, cb]) / (path[, cb])
function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = netUtil.normalizeArgs(args);
  var options = normalized[0];
  var socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

var autoSelectFamily = true;

function BlockList() {
  throw errors.notImplemented('net.BlockList');
}

function SocketAddress() {
  throw errors.notImplemented('net.SocketAddress');
}

module.exports = {
  createServer: createServer,
  Server: Server,
  connect: connect,
  createConnection: connect,
  Socket: Socket,
  Stream: Socket,
  isIP: netUtil.isIP,
  isIPv4: netUtil.isIPv4,
  isIPv6: netUtil.isIPv6,
  BlockList: BlockList,
  SocketAddress: SocketAddress,
  getDefaultAutoSelectFamily: function () { return autoSelectFamily; },
  setDefaultAutoSelectFamily: function (value) {
    validators.validateBoolean(value, 'value');
    autoSelectFamily = value;
  }
};
