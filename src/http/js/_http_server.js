// _http_server: http.Server and http.ServerResponse (Node's lib/_http_server.js).
//
// What: a net.Server whose connections each get one C++ parser. The parser
// calls parserOnHeadersComplete once per request with the whole head; the
// request is emitted as 'request' (req, res); responses to pipelined
// requests wait in order for the socket.
// Interface: Server(options, requestListener), ServerResponse(req),
// STATUS_CODES, _connectionListener.
// Invariants: one response owns the socket at a time (socket._httpMessage);
// after its 'finish' the next queued response gets it, or, when none waits
// and the connection may be kept, the keep-alive timer runs
// (keepAliveTimeout, default 5 s). Malformed input -> 'clientError', whose
// default answers 400 (431 for oversized headers, 408 on timeout) and
// destroys the socket; the server keeps serving other connections.
// Read first: _http_common.js, _http_incoming.js, _http_outgoing.js.
// Doc: api/http.md § "Class: http.Server", § "Class: http.ServerResponse".
'use strict';

var net = require('net');
var util = require('util');
var common = require('_http_common');
var incoming = require('_http_incoming');
var outgoing = require('_http_outgoing');
var errors = require('internal/errors');
var codes = errors.codes;
var conn = require('internal/http/server_connection');

var OutgoingMessage = outgoing.OutgoingMessage;
var STATUS_CODES = common.STATUS_CODES;

// A response built by hand (new http.ServerResponse(req)); the server
// builds its own with ConnectionResponse below.
function ServerResponse(req) {
  this.req = req;
  this._keepAliveTimeout = 0;  // not the server's: no Keep-Alive header of its own
  if (req.method === 'HEAD') this._hasBody = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = common.chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
util.inherits(ServerResponse, OutgoingMessage);

// Defaults on the prototype (@anchor thin-outgoing in _http_outgoing.js).
(function (p) {
  p.sendDate = true;
  p._sent100 = false;
  p._expect_continue = false;
  p.statusCode = 200;
  p.statusMessage = undefined;
  p._httpState = null;  // the connection's state (server_connection.js)
  p._keepAliveTimeout = 5000;  // a server's default keepAliveTimeout
  common.flattenDefaults(p);  // (@anchor flat-defaults in _http_common.js)
})(ServerResponse.prototype);

// The server's own responses: a ServerResponse (same prototype) that
// also knows its connection (state) and what the server's settings make of
// it; only what differs from the prototype's defaults becomes an own field.
// server: state.server, handed down by onIncoming.
function ConnectionResponse(req, state, keepAlive, http11, server) {
  var timeout = server.keepAliveTimeout;
  var maxRequests = server.maxRequestsPerSocket;
  this.req = req;
  if (req.method === 'HEAD') this._hasBody = false;
  if (!http11 && (req.httpVersionMajor < 1 || req.httpVersionMinor < 1)) {
    this.useChunkedEncodingByDefault = common.chunkExpression.test(req.headers.te);
  }
  this._httpState = state;  // resOnFinish runs first when it finishes (_onFinish)
  if (timeout !== 5000) this._keepAliveTimeout = timeout;
  if (maxRequests > 0) {
    this._maxRequestsPerSocket = maxRequests;
    if (state.requests >= maxRequests) this.maxRequestsOnConnectionReached = true;
  }
  if (!keepAlive) this.shouldKeepAlive = false;  // the parser's verdict (HTTP/1.0 too)
}
ConnectionResponse.prototype = ServerResponse.prototype;

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new codes.ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  this.socket = socket;
  if (common.hasListeners(this, 'socket')) this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket._httpMessage = null;
  this.socket = null;
};

// Sends what was written before the socket was ours.
ServerResponse.prototype._flush = function _flush() {
  var socket = this.socket;
  if (socket && socket.writable) {
    var ret = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ret && this._sent100 === false && common.hasListeners(this, 'drain')) this.emit('drain');
  }
};

// Runs just before 'finish' (see onFinish in internal/http/outgoing_body.js):
// the connection hands the socket on, or starts the keep-alive wait.
ServerResponse.prototype._onFinish = function _onFinish() {
  if (this._httpState !== null) conn.resOnFinish(this._httpState, this.req, this);
};

// The Writable's corked, ending and destroyed as bits of ws.bits, when its
// state keeps them so (their named forms are then accessors, a call each):
// one read instead of three. 0: the state has plain fields, read by name.
var wflags = require('internal/streams/writable_state').flags;
var kBusyBits = wflags ? (wflags.corked | wflags.ending | wflags.destroyed) : 0;

// Corked, ending or destroyed: writes would wait or fail.
function writableBusy(ws) {
  var bits = ws.bits;
  if (kBusyBits !== 0 && typeof bits === 'number') return (bits & kBusyBits) !== 0;
  return ws.corked !== 0 || !!ws.ending || !!ws.destroyed;
}

// The socket's handle when this response may write to it directly (see
// _storeHeader): the socket is ours and nothing waits in its Writable.
function directHandle(res) {
  var socket = res.socket;
  if (socket === null || socket._httpMessage !== res || res.outputData.length !== 0) return null;
  var ws = socket._writableState;
  if (ws === void 0 || ws.length !== 0 || writableBusy(ws) || socket.connecting ||
      socket._httpState === null) {
    return null;
  }
  return socket._handle;
}

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

// body: end(body)'s string, which goes out with the head (@anchor direct-write).
ServerResponse.prototype._implicitHeader = function _implicitHeader(body) {
  writeHeadImpl(this, this.statusCode, void 0, void 0, body);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  writeHeadImpl(this, statusCode, reason, obj, void 0);
  return this;
};

// @anchor write-head
function writeHeadImpl(res, statusCode, reason, obj, body) {
  if (res._header) throw new codes.ERR_HTTP_HEADERS_SENT('write');
  var original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(original);
  var message = res.statusMessage;
  var known = false;  // Node's own reason phrase: no need to check it
  if (typeof reason === 'string') {
    res.statusMessage = message = reason;
  } else {
    if (!message) {
      res.statusMessage = message = STATUS_CODES[statusCode] || 'unknown';
      known = true;
    }
    if (obj === void 0 || obj === null) obj = reason;
  }
  if (res.statusCode !== statusCode) res.statusCode = statusCode;
  if (obj) setHeaders(res, obj);
  if (!known && common.checkInvalidHeaderChar(message)) {
    throw new codes.ERR_INVALID_CHAR('statusMessage');
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    res._hasBody = false;
  }
  if (res._expect_continue && !res._sent100) res.shouldKeepAlive = false;
  res._storeHeader(statusCode, message, body, body !== void 0 ? directHandle(res) : null);
}

// writeHead's headers: an object, or a flat [name, value, ...] array.
function setHeaders(res, obj) {
  var i, k;
  if (Array.isArray(obj)) {
    if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', obj);
    for (i = 0; i < obj.length; i += 2) {
      k = obj[i];
      if (k) res.appendHeader(k, obj[i + 1]);
    }
  } else {
    var keys = Object.keys(obj);
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      if (k) res.setHeader(k, obj[k]);
    }
  }
}

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === null || options === undefined) {
    options = {};
  } else if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  this.maxHeaderSize = options.maxHeaderSize;
  this.requireHostHeader = options.requireHostHeader !== false;
  net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay !== false });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', conn.connectionListener);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.keepAliveTimeout = 5000;
  this.requestTimeout = options.requestTimeout !== undefined ? options.requestTimeout : 300000;
  this.headersTimeout = options.headersTimeout !== undefined ? options.headersTimeout
    : Math.min(60000, this.requestTimeout);
  this.connectionsCheckingInterval = options.connectionsCheckingInterval || 30000;
  this._httpConnections = [];
}
util.inherits(Server, net.Server);

Server.prototype.close = function close(cb) {
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, cb);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  var list = this._httpConnections.slice();
  for (var i = 0; i < list.length; i++) list[i].destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  var list = this._httpConnections.slice();
  for (var i = 0; i < list.length; i++) {
    var state = list[i]._httpState;
    if (!list[i]._httpMessage && (!state || state.first === null)) list[i].destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

module.exports = {
  STATUS_CODES: STATUS_CODES,
  Server: Server,
  ServerResponse: ServerResponse,
  _connectionListener: conn.connectionListener
};
conn.setServerResponse(ConnectionResponse);

// @anchor install-fast-end
// end(body) of a server's response in one C++ call (http_end_binding.cpp);
// every other call goes on to the JS end it is given.
OutgoingMessage.prototype.end = common.installFastEnd(OutgoingMessage.prototype.end,
  ServerResponse.prototype._implicitHeader, OutgoingMessage.prototype._storeHeader, STATUS_CODES,
  require('internal/http/outgoing_body').finishLater, kBusyBits);
