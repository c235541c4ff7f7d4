// internal/http/server_connection: one HTTP connection on the server side
// (the connectionListener half of Node's lib/_http_server.js).
//
// What: gives each accepted socket a parser and the state of its requests
// (the requests themselves go through server_request.js): first and
// incoming (requests not yet answered), outgoing (responses waiting for
// the socket, behind an earlier pipelined one). Handles the socket's data,
// end, close and errors; 'clientError' and its default 400/431/408; the
// headers/request timeouts (checked every connectionsCheckingInterval, as
// Node does); Upgrade and CONNECT.
// Interface: connectionListener(socket) (a Server's 'connection' listener),
// and, from server_request.js, setServerResponse(ServerResponse),
// and resOnFinish.
// Invariants: state.first is the request whose response owns the socket
// (null: none), state.incoming the ones after it (pipelined); a response
// is assigned the socket only when the one before it finished.
// Read first: _http_server.js, then server_request.js.
// Doc: api/http.md § "Event: 'clientError'".
'use strict';

var common = require('_http_common');
var codes = require('internal/errors').codes;
var request = require('internal/http/server_request');

var HTTPParser = common.HTTPParser;

var badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
var tooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
var timeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function noop() {}

function abortIncoming(state) {
  while (state.first !== null) {
    var req = state.first;
    state.first = state.incoming.length !== 0 ? state.incoming.shift() : null;
    if (!req.complete) {
      req.aborted = true;
      req.emit('aborted');
      req.destroy();
    }
  }
}

// @anchor socket-on-error
// A parse error or a timeout: 'clientError', or by default an error
// response (if nothing was written yet) and the socket destroyed.
function socketOnError(e) {
  this.removeListener('error', socketOnError);
  this.on('error', noop);
  var state = this._httpState;
  var server = state ? state.server : null;
  if (server && server.emit('clientError', e, this)) return;
  if (this.writable && this.bytesWritten === 0) {
    var response = e.code === 'HPE_HEADER_OVERFLOW' ? tooLargeResponse
      : e.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? timeoutResponse : badRequestResponse;
    this.write(response);
  }
  this.destroy(e);
}

function prepareError(err, parser, data) {
  err.rawPacket = data;
}

function handleUpgrade(state, parser, d, ret) {
  var socket = state.socket;
  var req = parser.incoming;
  detach(state);
  var head = d.slice(ret);
  var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (state.server.listenerCount(event) > 0) {
    state.server.emit(event, req, socket, head);
  } else {
    socket.destroy();
  }
}

// @anchor parser-on-execute
// A consuming parser stopped: a parse error, or an Upgrade/CONNECT head.
// ret is the Error or the bytes that were HTTP; d is the read's chunk.
function parserOnExecute(ret, d) {
  var socket = this.socket;
  if (socket && socket._httpState) onExecuteResult(socket, this, ret, d);
}

// @anchor socket-on-data
// Bytes that reach JS: only when the parser does not consume the socket
// (a handle that is no net Stream).
function socketOnData(d) {
  var parser = this._httpState.parser;
  onExecuteResult(this, parser, parser.execute(d), d);
}

function onExecuteResult(socket, parser, ret, d) {
  var state = socket._httpState;
  while (typeof ret === 'number' && parser.isUpgraded()) {
    var req = parser.incoming;
    if (req && req.upgrade) return handleUpgrade(state, parser, d, ret);
    // An Upgrade nobody listens for is served as a plain request: go on
    // parsing what follows as HTTP.
    parser.reset();
    parser.incoming = null;
    if (ret >= d.length) return;
    d = d.slice(ret);
    ret = parser.execute(d);
  }
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  }
}

function socketOnEnd() {
  var state = this._httpState;
  if (!state) return;
  var ret = state.parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(this, ret);
    return;
  }
  abortIncoming(state);
  if (this.writable) this.end();
}

function socketOnClose() {
  var state = this._httpState;
  var msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg.emit('close');
  }
  if (!state) return;
  abortIncoming(state);
  for (var i = 0; i < state.outgoing.length; i++) state.outgoing[i].emit('close');
  detach(state);
  if (state.keepAliveTimer !== null) clearTimeout(state.keepAliveTimer);
}

function socketOnTimeout() {
  var state = this._httpState;
  var req = this.parser && this.parser.incoming;
  var reqTimeout = req && !req.complete && req.emit('timeout', this);
  var res = this._httpMessage;
  var resTimeout = res && res.emit('timeout', this);
  var serverTimeout = state && state.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

// Takes the HTTP machinery off the socket (close, upgrade).
function detach(state) {
  var socket = state.socket;
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('close', socketOnClose);
  socket.removeListener('timeout', socketOnTimeout);
  var list = state.server._httpConnections;
  var at = list.indexOf(socket);
  if (at !== -1) list.splice(at, 1);
  if (state.parser) {
    state.parser.close();  // bytes go back to the socket's own reading
    state.parser.consuming = false;
    state.parser.socket = null;
  }
  socket._httpState = null;
  socket.parser = null;
}

// @anchor check-connections
// headersTimeout and requestTimeout: like Node, one check per interval over
// every connection instead of a timer per request.
function checkConnections(server) {
  var now = Date.now();
  var list = server._httpConnections.slice();
  for (var i = 0; i < list.length; i++) {
    var state = list[i]._httpState;
    if (!state) continue;
    var headersStart = state.parser.timing(0);
    var requestStart = state.parser.timing(1);
    var late = (headersStart && server.headersTimeout > 0 &&
                now - headersStart > server.headersTimeout) ||
               (requestStart && server.requestTimeout > 0 &&
                now - requestStart > server.requestTimeout);
    if (late) socketOnError.call(list[i], new codes.ERR_HTTP_REQUEST_TIMEOUT());
  }
}

function startChecking(server) {
  if (server._checkTimer) return;
  var interval = server.connectionsCheckingInterval || 30000;
  server._checkTimer = setInterval(function () { checkConnections(server); }, interval);
  server._checkTimer.unref();
  server.once('close', function () {
    clearInterval(server._checkTimer);
    server._checkTimer = null;
  });
}

// @anchor connection-listener
function connectionListener(socket) {
  var server = this;
  var parser = new HTTPParser(HTTPParser.REQUEST, server.maxHeaderSize);
  parser.onHeadersComplete = request.parserOnHeadersComplete;
  parser.onBody = request.parserOnBody;
  parser.onMessageComplete = request.parserOnMessageComplete;
  parser.onExecute = parserOnExecute;
  parser.socket = socket;
  parser.incoming = null;
  parser.consuming = false;
  socket.parser = parser;
  socket.server = server;
  socket._paused = false;
  socket._httpState = {
    server: server, socket: socket, parser: parser, first: null, incoming: [], outgoing: [],
    // idleSince: the loop's clock when the connection went idle waiting for
    // its next request (-1: busy); finishing: see @anchor finish-after-request.
    requests: 0, keepAliveTimer: null, keepAliveMs: 0, idleSince: -1, finishing: void 0
  };
  server._httpConnections.push(socket);
  startChecking(server);
  if (server.timeout) socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  socket.on('data', socketOnData);
  socket.on('error', socketOnError);
  socket.on('end', socketOnEnd);
  socket.on('close', socketOnClose);
  // The fast path: the parser reads the socket's C++ Stream itself, so
  // requests arrive with no 'data' event (src/http/http_consume.cpp).
  if (socket._handle && socket._handle.readStart) {
    parser.consuming = parser.consume(socket._handle) === 0;
  }
}

exports.connectionListener = connectionListener;
exports.resOnFinish = request.resOnFinish;
exports.setServerResponse = request.setServerResponse;
