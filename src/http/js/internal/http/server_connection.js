// internal/http/server_connection: one HTTP connection on the server side
// (the connectionListener half of Node's lib/_http_server.js).
//
// What: gives each accepted socket a parser and the state of its requests:
// incoming (requests not yet answered) and outgoing (responses waiting for
// the socket, behind an earlier pipelined one). Handles the socket's data,
// end, close and errors; 'clientError' and its default 400/431/408; the
// keep-alive timer; the headers/request timeouts (checked every
// connectionsCheckingInterval, as Node does); Upgrade and CONNECT.
// Interface: connectionListener(socket) (a Server's 'connection' listener),
// setServerResponse(ServerResponse).
// Invariants: state.incoming[0] is the request whose response owns the
// socket; a response is assigned the socket only when the one before it
// finished.
// Read first: _http_server.js. Doc: api/http.md § "Event: 'clientError'".
'use strict';

var common = require('_http_common');
var incoming = require('_http_incoming');
var IncomingMessage = incoming.IncomingMessage;
var codes = require('internal/errors').codes;

var HTTPParser = common.HTTPParser;
var ServerResponse = null;

var badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
var tooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
var timeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function noop() {}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  var socket = this.socket;
  var state = socket._httpState;
  var req = new IncomingMessage(socket);
  this.incoming = req;
  req.httpVersionMajor = versionMajor;
  req.httpVersionMinor = versionMinor;
  req.httpVersion = versionMajor + '.' + versionMinor;
  req.url = url;
  req.method = method;
  req.upgrade = upgrade;
  var max = state.server.maxHeadersCount;
  if (max && headers.length > 2 * max) headers.length = 2 * max;
  req.rawHeaders = headers;
  if (socket._timeoutTimer !== null) socket._unrefTimer();  // reading is activity
  return onIncoming(state, req, shouldKeepAlive);
}

function parserOnBody(chunk) {
  var req = this.incoming;
  var socket = this.socket;
  if (socket._timeoutTimer !== null) socket._unrefTimer();
  if (req && !req._dumped && !req.push(chunk)) {
    socket._paused = true;  // IncomingMessage's _read resumes it
    if (this.consuming) this.readStop();
    else socket.pause();
  }
}

function parserOnMessageComplete(trailers) {
  var req = this.incoming;
  if (!req) return;
  req.complete = true;
  if (trailers.length) req.rawTrailers = trailers;
  incoming.endOfBody(req);
  if (!req.upgrade) this.incoming = null;  // an upgrade's request goes with the 'upgrade' event
}

// @anchor on-incoming
function onIncoming(state, req, keepAlive) {
  var server = state.server;
  var socket = state.socket;
  if (state.keepAliveTimeoutSet) {
    state.keepAliveTimeoutSet = false;  // the keep-alive timer now finds it busy
    if (state.keepAliveTimer === null) socket.setTimeout(server.timeout || 0);
  }
  if (req.upgrade) {
    var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }
  state.incoming.push(req);
  var res = new ServerResponse(req);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = keepAlive;
  state.requests++;
  if (server.maxRequestsPerSocket > 0 && state.requests >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
  }
  res._httpState = state;  // resOnFinish runs first when it finishes (_onFinish)
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && !hasHost(req.rawHeaders)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    var expect = req.headers.expect;
    if (expect !== undefined) {
      if (common.continueExpression.test(expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
          return 0;
        }
        res.writeContinue();
      } else {
        if (server.listenerCount('checkExpectation') > 0) server.emit('checkExpectation', req, res);
        else res.writeHead(417).end();
        return 0;
      }
    }
  }
  server.emit('request', req, res);
  return 0;
}

function hasHost(raw) {
  for (var i = 0; i < raw.length; i += 2) {
    if (raw[i].length === 4 && raw[i].toLowerCase() === 'host') return true;
  }
  return false;
}

function emitCloseNT(res) {
  res.emit('close');
}

// @anchor res-on-finish
// A response finished: Node registers this as the first 'finish' listener;
// we call it just before 'finish' is emitted (ServerResponse's _onFinish):
// the same order, without a closure and a listener per request.
function resOnFinish(state, req, res) {
  var socket = state.socket;
  if (state.incoming[0] === req) state.incoming.shift();
  incoming.dumpIfUnread(req);
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (state.server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      waitKeepAlive(state, socket);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    var next = state.outgoing.shift();
    if (next) next.assignSocket(socket);
  }
}

// @anchor keep-alive-timer
// The idle wait between two requests. Node re-arms the socket's timeout
// (socket.setTimeout) after every response; a new timer per request is the
// costliest part of that, so with no server.timeout of its own a
// connection keeps ONE timer and refreshes it. When it fires on a
// connection that is busy again (keepAliveTimeoutSet false), nothing happens.
function waitKeepAlive(state, socket) {
  var ms = state.server.keepAliveTimeout;
  if (state.server.timeout) {
    socket.setTimeout(ms);  // the socket's own timeout, as Node does
  } else if (state.keepAliveTimer === null || state.keepAliveMs !== ms) {
    if (state.keepAliveTimer !== null) clearTimeout(state.keepAliveTimer);
    state.keepAliveTimer = setTimeout(keepAliveExpired, ms, state);
    state.keepAliveTimer.unref();
    state.keepAliveMs = ms;
  } else {
    state.keepAliveTimer.refresh();
  }
}

function keepAliveExpired(state) {
  var socket = state.socket;
  if (!state.keepAliveTimeoutSet || socket._httpState !== state) return;
  socket.emit('timeout');  // as the socket's own timer would (socketOnTimeout)
}

function abortIncoming(state) {
  while (state.incoming.length) {
    var req = state.incoming.shift();
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
  parser.onHeadersComplete = parserOnHeadersComplete;
  parser.onBody = parserOnBody;
  parser.onMessageComplete = parserOnMessageComplete;
  parser.onExecute = parserOnExecute;
  parser.socket = socket;
  parser.incoming = null;
  parser.consuming = false;
  socket.parser = parser;
  socket.server = server;
  socket._paused = false;
  socket._httpState = {
    server: server, socket: socket, parser: parser, incoming: [], outgoing: [],
    requests: 0, keepAliveTimeoutSet: false, keepAliveTimer: null, keepAliveMs: 0
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
exports.resOnFinish = resOnFinish;
exports.setServerResponse = function (ctor) { ServerResponse = ctor; };
