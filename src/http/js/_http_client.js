// _http_client: http.ClientRequest, http.request and http.get (Node's
// lib/_http_client.js, without the proxy/abort/timeout corners).
//
// What: a ClientRequest is an OutgoingMessage whose head is a request line;
// it gets a socket from its Agent (or createConnection), writes itself,
// and parses the response with a RESPONSE parser: the head becomes an
// IncomingMessage emitted as 'response', whose body is then streamed. A
// 101 Upgrade response, or the response to a CONNECT, is emitted as
// 'upgrade' / 'connect' (res, socket, head) instead: see
// internal/http/client_socket.js. An agent may queue the request until a
// socket is free (_http_agent.js); its 'socket' event waits until then.
// Interface: request(url[, options][, cb]), get(...), ClientRequest,
// Agent, globalAgent.
// Invariants: events go 'socket' -> 'finish' -> 'response' -> res 'end' ->
// 'close'; a connection that ends before the response is 'error' with
// "socket hang up" (ECONNRESET). Chunked framing is off for GET, HEAD,
// DELETE, OPTIONS, TRACE and CONNECT unless the body needs it.
// Read first: _http_outgoing.js, _http_agent.js. Doc: api/http.md
// § "http.request(url[, options][, callback])", § "Class: http.ClientRequest".
'use strict';

var util = require('util');
var common = require('_http_common');
var IncomingMessage = require('_http_incoming').IncomingMessage;
var OutgoingMessage = require('_http_outgoing').OutgoingMessage;
var agentModule = require('_http_agent');
var codes = require('internal/errors').codes;

var HTTPParser = common.HTTPParser;
var kNoChunking = { GET: 1, HEAD: 1, DELETE: 1, OPTIONS: 1, TRACE: 1, CONNECT: 1 };

function urlToOptions(url) {
  var options = {
    protocol: url.protocol,
    hostname: url.hostname.charAt(0) === '[' ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash, search: url.search, pathname: url.pathname,
    path: (url.pathname || '') + (url.search || ''), href: url.href
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
  }
  return options;
}

function normalize(input, options, cb) {
  if (typeof input === 'string') input = urlToOptions(new URL(input));
  else if (input && typeof input.href === 'string' && typeof input.searchParams === 'object') {
    input = urlToOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }
  return { options: options, cb: cb };
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  var n = normalize(input, options, cb);
  options = n.options;
  cb = n.cb;
  var agent = options.agent;
  if (agent === false) agent = new agentModule.Agent();
  else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = agentModule.globalAgent;
  }
  this.agent = agent;
  var protocol = options.protocol || 'http:';
  if (protocol !== 'http:') throw new codes.ERR_INVALID_PROTOCOL(protocol, 'http:');
  var port = options.port || 80;
  var host = options.host = options.hostname || options.host || 'localhost';
  var method = options.method === undefined ? 'GET' : options.method;
  if (typeof method !== 'string' || !common.checkIsHttpToken(method)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
  }
  this.method = method.toUpperCase();
  this.path = options.path || '/';
  if (/[\u0000-\u0020]/.test(this.path)) throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');
  this.host = host;
  this.protocol = protocol;
  this.res = null;
  this.aborted = false;
  this.reusedSocket = false;
  this.maxHeadersCount = null;
  if (cb) this.once('response', cb);
  if (kNoChunking[this.method] === 1) this.useChunkedEncodingByDefault = false;
  var headers = options.headers;
  if (headers) {
    var keys = Object.keys(headers);
    for (var i = 0; i < keys.length; i++) this.setHeader(keys[i], headers[keys[i]]);
  }
  if (!this.getHeader('host') && options.setHost !== false) {
    var hostHeader = host.indexOf(':') !== -1 && host.charAt(0) !== '[' ? '[' + host + ']' : host;
    if (+port !== 80) hostHeader += ':' + port;
    this.setHeader('Host', hostHeader);
  }
  if (options.auth && !this.getHeader('Authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
  }
  if (this.agent) {
    // Keep-alive only pays when the agent will reuse the socket.
    this.shouldKeepAlive = !!this.agent.keepAlive || isFinite(this.agent.maxSockets);
    this._last = !this.shouldKeepAlive;
  }
  if (options.timeout !== undefined) this.setTimeout(options.timeout);
  // path is the request target, not a Unix socket for net (Node's Agent
  // nulls it the same way).
  var connectOptions = Object.assign({}, options, { port: port, host: host,
                                                    path: options.socketPath || null });
  delete connectOptions.headers;
  if (this.agent) this.agent.addRequest(this, connectOptions);
  else this.onSocket(options.createConnection(connectOptions));
}
util.inherits(ClientRequest, OutgoingMessage);

ClientRequest.prototype._implicitHeader = function _implicitHeader(body) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(this.method, this.path, body);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  this.destroy();
};

ClientRequest.prototype.onSocket = function onSocket(socket) {
  var req = this;
  process.nextTick(function () { tickOnSocket(req, socket); });
};

module.exports = require('internal/http/client_socket').install(ClientRequest, {
  HTTPParser: HTTPParser, IncomingMessage: IncomingMessage
});

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

var tickOnSocket = module.exports.tickOnSocket;
module.exports.ClientRequest = ClientRequest;
module.exports.request = request;
module.exports.get = get;
module.exports.Agent = agentModule.Agent;
module.exports.globalAgent = agentModule.globalAgent;
