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

function ServerResponse(req) {
  OutgoingMessage.call(this);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this._bodyInHead = undefined;
  this._httpState = null;  // the connection's state (server_connection.js)
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = common.chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
util.inherits(ServerResponse, OutgoingMessage);

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

// The socket's handle when this response may write to it directly (see
// _storeHeader): the socket is ours and nothing waits in its Writable.
function directHandle(res) {
  var socket = res.socket;
  if (socket === null || socket._httpMessage !== res || res.outputData.length !== 0) return null;
  var ws = socket._writableState;
  if (ws === void 0 || ws.length !== 0 || ws.corked !== 0 || ws.ending || ws.destroyed ||
      socket.connecting || socket._httpState === null) {
    return null;
  }
  return socket._handle;
}

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype._implicitHeader = function _implicitHeader(body) {
  this._bodyInHead = body;
  this.writeHead(this.statusCode);
};

// @anchor write-head
ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('write');
  var original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new codes.ERR_HTTP_INVALID_STATUS_CODE(original);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
    if (obj === undefined || obj === null) obj = reason;
  }
  this.statusCode = statusCode;
  if (obj) {
    var i, k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', obj);
      for (i = 0; i < obj.length; i += 2) {
        k = obj[i];
        if (k) this.appendHeader(k, obj[i + 1]);
      }
    } else {
      var keys = Object.keys(obj);
      for (i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
  }
  if (common.checkInvalidHeaderChar(this.statusMessage)) {
    throw new codes.ERR_INVALID_CHAR('statusMessage');
  }
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  var body = this._bodyInHead;
  this._bodyInHead = undefined;
  this._storeHeader(statusCode, this.statusMessage, body,
                    body !== void 0 ? directHandle(this) : null);
  return this;
};

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
    if (!list[i]._httpMessage && (!state || state.incoming.length === 0)) list[i].destroy();
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
conn.setServerResponse(ServerResponse);
