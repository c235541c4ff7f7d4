// _http_agent: http.Agent, the client's socket pool (Node's lib/_http_agent.js).
//
// What: hands a ClientRequest a socket for an origin (getName: host:port:
// localAddress[:family][:socketPath]): a free kept-alive one if there is
// one, else a new connection while the origin is under maxSockets and the
// agent under maxTotalSockets, else the request waits in requests[name].
// A socket whose response ended is 'free': it goes to the next request
// waiting for its origin; with none waiting, a keep-alive agent keeps it
// (unref'ed, so an idle pool does not keep the process alive), otherwise
// it is destroyed. A socket that closes leaves the pool and, if requests
// wait, a new socket is made for the oldest one.
// Interface: Agent(options) with keepAlive, keepAliveMsecs, maxSockets,
// maxTotalSockets, maxFreeSockets, scheduling ('lifo' | 'fifo'), timeout;
// addRequest(req, options), createSocket, createConnection, getName,
// keepSocketAlive, reuseSocket, removeSocket, destroy(); sockets,
// freeSockets, requests, totalSocketCount; event 'free' (socket, options).
// globalAgent (keepAlive true, 5 s timeout, as in Node 20).
// Invariants: a socket is either in sockets[name] (busy) or in
// freeSockets[name] (idle), never both; totalSocketCount counts the
// sockets this agent created that have not closed (or left it by
// 'agentRemove', as an upgraded socket does); a request waits in
// requests[name] only while no socket can be had for it.
// Cost notes (Duktape): addRequest copies the options only when the copy
// could change the pool key (nameOf); the idle-socket error listener stays
// installed (onIdleError); taking a request off a queue is Array shift,
// O(queue length) here (~300 instructions per waiting request).
// Read first: _http_client.js, internal/http/client_socket.js (where a
// socket becomes 'free'). Doc: api/http.md § "Class: http.Agent".
'use strict';

var EventEmitter = require('events');
var net = require('net');
var util = require('util');
var validators = require('internal/validators');
// Fixed-arity emits: no arguments object per 'free' (see fast_emit.js).
var fastEmit = require('internal/events/fast_emit');

var kSchedulings = ['fifo', 'lifo'];

/// new Agent(options): an empty pool; see the file header for the options.
function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = Object.assign({}, options);
  // The request's path is its target, not a Unix socket for net.
  this.options.path = null;
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  this._optionsName = optionsAffectName(this.options);
  validators.validateOneOf(this.scheduling, 'scheduling', kSchedulings);
  if (this.maxTotalSockets !== undefined) {
    validators.validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
  } else {
    this.maxTotalSockets = Infinity;
  }
  // Registered first, as in Node, so it runs before any user 'free' listener.
  this.on('free', onFree);
}
util.inherits(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

/// The pool key of a request's connect options.
Agent.prototype.getName = function getName(options) {
  options = options || {};
  var name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

// The connect options of a request: its own, overridden by the agent's
// (Node merges in this order too).
function mergeOptions(agent, options) {
  options = Object.assign({}, options, agent.options);
  if (options.socketPath) options.path = options.socketPath;
  return options;
}

// getName of the merged options, without the merge when it cannot change
// the name: copying ~15 properties costs ~50,000 instructions on Duktape,
// more than the rest of addRequest, and most requests reuse a socket.
function nameOf(agent, options) {
  if (agent.getName === Agent.prototype.getName && !agent._optionsName) {
    return agent.getName(options);
  }
  return agent.getName(mergeOptions(agent, options));
}

// Whether the agent's own options set a field the default getName reads.
function optionsAffectName(options) {
  return options.host !== undefined || options.port !== undefined ||
    options.localAddress !== undefined || options.family !== undefined ||
    options.socketPath !== undefined;
}

// @anchor agent-add-request
/// Gives req a socket now (free or new) or queues it in requests[name].
Agent.prototype.addRequest = function addRequest(req, options) {
  var name = nameOf(this, options);
  if (!this.sockets[name]) this.sockets[name] = [];
  var socket = takeFreeSocket(this, name);
  var free = this.freeSockets[name];
  var sockLen = (free ? free.length : 0) + this.sockets[name].length;
  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    var agent = this;
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(s, err);
      else setRequestSocket(agent, req, s);
    });
  } else {
    // Over a limit: wait for a socket of this origin to be freed or closed.
    // createSocket merges the options when the request's turn comes.
    req._agentOptions = options;
    (this.requests[name] = this.requests[name] || []).push(req);
  }
};

// The free socket 'scheduling' picks (lifo: the most recently used, fifo:
// the least), skipping ones that died while idle; null if none.
function takeFreeSocket(agent, name) {
  var free = agent.freeSockets[name];
  if (!free) return null;
  while (free.length && free[0].destroyed) free.shift();
  var socket = agent.scheduling === 'fifo' ? free.shift() : free.pop();
  if (!free.length) delete agent.freeSockets[name];
  return socket || null;
}

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  var agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

/// Opens a connection for req's origin and adds it to sockets[name];
/// cb(err, socket).
Agent.prototype.createSocket = function createSocket(req, options, cb) {
  options = mergeOptions(this, options);
  var name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  var agent = this;
  var called = false;
  function oncreate(err, s) {
    if (called) return;
    called = true;
    if (err) return cb(err);
    (agent.sockets[name] = agent.sockets[name] || []).push(s);
    agent.totalSocketCount++;
    installListeners(agent, s, options);
    cb(null, s);
  }
  var newSocket = this.createConnection(options, oncreate);
  if (newSocket) oncreate(null, newSocket);
};

/// net.createConnection(options): override to connect differently.
Agent.prototype.createConnection = function createConnection(options) {
  return net.createConnection(options);
};

// @anchor agent-install-listeners
// The events through which a socket talks to its agent: 'free' (its
// response ended and it may be reused), 'close' (the only way a socket
// leaves the pool for good), 'timeout' (an idle one is closed) and
// 'agentRemove' (an upgraded socket now belongs to the user).
function installListeners(agent, s, options) {
  function onSocketFree() { fastEmit.emit2(agent, 'free', s, options); }
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  function onTimeout() {
    var list = agent.freeSockets[options._agentKey];
    if (list && list.indexOf(s) !== -1) s.destroy();
  }
  function onRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onSocketFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('error', onError);
    s.removeListener('agentRemove', onRemove);
  }
  function onError() { onIdleError(s); }
  s._agentIdle = false;
  s.on('free', onSocketFree);
  s.on('close', onClose);
  s.on('error', onError);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
}

// @anchor agent-on-free
// The agent's own 'free' listener: the socket goes to the oldest request
// waiting for its origin, else into freeSockets if the agent keeps
// sockets and has room, else it is destroyed.
function onFree(socket, options) {
  var name = options._agentKey || this.getName(options);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  var requests = this.requests[name];
  if (requests && requests.length) {
    var req = requests.shift();
    req._agentOptions = undefined;
    if (requests.length === 0) delete this.requests[name];
    setRequestSocket(this, req, socket);
    return;
  }
  var done = socket._httpMessage;
  if (!done || !done.shouldKeepAlive || !this.keepAlive) {
    socket.destroy();
    return;
  }
  keepFree(this, socket, name, options);
}

function keepFree(agent, socket, name, options) {
  var free = agent.freeSockets[name] || [];
  var count = free.length + (agent.sockets[name] ? agent.sockets[name].length : 0);
  if (agent.totalSocketCount > agent.maxTotalSockets || count > agent.maxSockets ||
      free.length >= agent.maxFreeSockets || !agent.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  agent.freeSockets[name] = free;
  socket._httpMessage = null;
  agent.removeSocket(socket, options);
  socket._agentIdle = true;
  free.push(socket);
}

// An idle socket's error (say ECONNRESET from a server that closed it)
// belongs to no request: swallow it; 'close' then removes the socket.
// Node adds this listener each time the socket goes idle and removes it on
// reuse; on Duktape that pair costs ~30,000 instructions per request, so
// it stays installed and acts only while the socket is idle (a busy socket
// has the request's own error listener).
function onIdleError(socket) {
  if (!socket._agentIdle) return;
  socket.destroy();
  socket.emit('agentRemove');
}

/// Takes s out of sockets[name] (and out of freeSockets if it is dead),
/// then makes a socket for a waiting request, if any.
Agent.prototype.removeSocket = function removeSocket(s, options) {
  var name = options._agentKey || this.getName(options);
  remove(this.sockets, name, s);
  if (!s.writable) remove(this.freeSockets, name, s);
  var req = null;
  if (this.requests[name] && this.requests[name].length) {
    req = this.requests[name][0];
  } else {
    // A request of another origin that waits only for maxTotalSockets.
    var keys = Object.keys(this.requests);
    if (keys.length && !(this.sockets[keys[0]] && this.sockets[keys[0]].length)) {
      req = this.requests[keys[0]][0];
      options = req._agentOptions;
    }
  }
  if (req && options) {
    req._agentOptions = undefined;
    this.createSocket(req, options, function (err, socket) {
      if (err) req.onSocket(socket, err);
      else socket.emit('free');
    });
  }
};

function remove(list, name, socket) {
  var sockets = list[name];
  if (!sockets) return;
  var i = sockets.indexOf(socket);
  if (i === -1) return;
  sockets.splice(i, 1);
  if (sockets.length === 0) delete list[name];
}

/// Prepares a freed socket for the pool; false to have it destroyed
/// instead (the server's Keep-Alive hint says timeout=1 or less).
Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  var agentTimeout = this.options.timeout || 0;
  var req = socket._httpMessage;
  var hint = req && req.res ? keepAliveHint(req.res.rawHeaders) : null;
  var m = hint ? /^timeout=(\d+)/.exec(hint) : null;
  if (m) {
    // Expire a second before the server does, so as not to reuse a socket
    // the server is closing.
    var serverTimeout = parseInt(m[1], 10) * 1000 - 1000;
    if (serverTimeout <= 0) return false;
    if (serverTimeout < agentTimeout) agentTimeout = serverTimeout;
  }
  if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
  return true;
};

// The response's Keep-Alive field, found in rawHeaders: res.headers would
// build the whole headers object on every response just for this.
function keepAliveHint(raw) {
  for (var i = 0; i < raw.length; i += 2) {
    var c = raw[i].charCodeAt(0);  // K or k first: toLowerCase costs
    if ((c === 75 || c === 107) && raw[i].toLowerCase() === 'keep-alive') return raw[i + 1];
  }
  return null;
}

/// A free socket goes to req.
Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  socket._agentIdle = false;
  req.reusedSocket = true;
  socket.ref();
};

/// Destroys every socket, busy or free (queued requests stay queued).
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
