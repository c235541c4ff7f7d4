// _http_agent: http.Agent, the client's socket pool (Node's lib/_http_agent.js,
// reduced to its basics).
//
// What: hands a ClientRequest a socket for host:port: a free kept-alive
// one if there is one, else a new connection. After a response, a
// keep-alive agent keeps the socket (unref'ed, so an idle pool does not
// keep the process alive) for the next request to the same host.
// Interface: Agent(options) with keepAlive, keepAliveMsecs, maxSockets,
// maxFreeSockets, scheduling; addRequest(req, options), getName(options),
// destroy(); freeSockets, sockets, requests. globalAgent (keepAlive true,
// 5 s timeout, as in Node 20).
// Invariants: a socket is either in sockets[name] (busy) or in
// freeSockets[name] (idle), never both. maxSockets is not enforced beyond
// one socket per request (requests are not queued).
// Read first: _http_client.js. Doc: api/http.md § "Class: http.Agent".
'use strict';

var EventEmitter = require('events');
var net = require('net');
var util = require('util');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = Object.assign({ path: null }, options);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.keepAlive = !!this.options.keepAlive;
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.maxSockets = this.options.maxSockets || Infinity;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.scheduling = this.options.scheduling || 'lifo';
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.totalSocketCount = 0;
}
util.inherits(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.getName = function getName(options) {
  options = options || {};
  var name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  return name;
};

function remove(list, name, socket) {
  var sockets = list[name];
  if (!sockets) return false;
  var i = sockets.indexOf(socket);
  if (i === -1) return false;
  sockets.splice(i, 1);
  if (sockets.length === 0) delete list[name];
  return true;
}

Agent.prototype.addRequest = function addRequest(req, options) {
  var name = this.getName(options);
  var free = this.freeSockets[name];
  var socket = null;
  while (free && free.length && !socket) {
    socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (socket.destroyed) socket = null;
  }
  if (free && free.length === 0) delete this.freeSockets[name];
  if (socket) {
    socket.ref();
    socket.setTimeout(0);
    req.reusedSocket = true;
  } else {
    socket = this.createConnection(options);
    this.totalSocketCount++;
    this._track(socket, name);
  }
  (this.sockets[name] = this.sockets[name] || []).push(socket);
  req.onSocket(socket);
};

Agent.prototype.createConnection = function createConnection(options) {
  return net.createConnection(options);
};

// Forgets a socket when it closes, whether busy or idle.
Agent.prototype._track = function _track(socket, name) {
  var agent = this;
  socket._agentName = name;
  socket.on('close', function () {
    agent.totalSocketCount--;
    remove(agent.sockets, name, socket);
    remove(agent.freeSockets, name, socket);
  });
  socket.on('agentRemove', function () {
    remove(agent.sockets, name, socket);
  });
};

// A response ended on socket: keep it for reuse, or close it.
Agent.prototype._release = function _release(socket, keep) {
  var name = socket._agentName;
  remove(this.sockets, name, socket);
  var free = this.freeSockets[name] || [];
  if (keep && this.keepAlive && !socket.destroyed && free.length < this.maxFreeSockets &&
      this.keepSocketAlive(socket)) {
    free.push(socket);
    this.freeSockets[name] = free;
    this.emit('free', socket, {});
  } else {
    socket.destroy();
  }
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  if (this.options.timeout > 0) socket.setTimeout(this.options.timeout);
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function destroy() {
  var lists = [this.freeSockets, this.sockets];
  for (var l = 0; l < lists.length; l++) {
    var names = Object.keys(lists[l]);
    for (var i = 0; i < names.length; i++) {
      var sockets = lists[l][names[i]].slice();
      for (var j = 0; j < sockets.length; j++) sockets[j].destroy();
    }
  }
};

module.exports = {
  Agent: Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 })
};
