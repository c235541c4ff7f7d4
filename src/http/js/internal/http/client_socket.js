// internal/http/client_socket: a ClientRequest's life on its socket (the
// tickOnSocket / socketOn* / parserOnIncomingClient / responseKeepAlive
// half of Node's lib/_http_client.js).
//
// What: attaches a RESPONSE parser to the request's socket, turns the
// response head into an IncomingMessage ('response'), streams the body,
// and afterwards frees the socket ('free', which its Agent listens for:
// see _http_agent.js) or ends it. A 101 response with Upgrade, or any
// response to CONNECT, is not a 'response': the socket leaves HTTP (and
// the agent) and goes to the request's 'upgrade' / 'connect' listener
// with the bytes after the head; with no listener it is destroyed.
// Interface: install(ClientRequest, deps) -> { tickOnSocket }.
// Invariants: socket._httpMessage is the request while it owns the socket
// (and until the agent takes a freed socket back); a request emits 'close'
// exactly once; 'error' is emitted at most once.
// Read first: _http_client.js. Doc: api/http.md § "Class: http.ClientRequest",
// § "Event: 'upgrade'" and § "Event: 'connect'" (of the request).
'use strict';

var emit0 = require('internal/events/fast_emit').emit0;
var endNow = require('_http_incoming').endNow;
var HTTPParser, IncomingMessage;

function hangUp() {
  var err = new Error('socket hang up');
  err.code = 'ECONNRESET';
  return err;
}

function emitErrorOnce(req, err) {
  if (req._hadError) return;
  req._hadError = true;
  req.emit('error', err);
}

function emitCloseOnce(req) {
  if (req._closed) return;
  req._closed = true;
  if (req.res) req.res.emit('close');
  req.emit('close');
}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  var socket = this.socket;
  var req = socket._httpMessage;
  if (!req) return 0;
  if (req.res) {
    // A second response on a connection that sent one already.
    socket.destroy();
    return 0;
  }
  var res = new IncomingMessage(socket);
  res.httpVersionMajor = versionMajor;
  res.httpVersionMinor = versionMinor;
  res.httpVersion = versionMajor + '.' + versionMinor;
  res.statusCode = statusCode;
  res.statusMessage = statusMessage;
  res.rawHeaders = headers;
  res.req = req;
  if (upgrade || req.method === 'CONNECT') {
    // The rest of the stream is another protocol: socketOnData hands it
    // over (the parser still completes this bodiless message first).
    res.upgrade = true;
    this.incoming = res;
    req.res = res;
    return 2;
  }
  if (statusCode >= 100 && statusCode < 200 && statusCode !== 101) {
    if (statusCode === 100) req.emit('continue');
    req.emit('information', { statusCode: statusCode, statusMessage: statusMessage,
                              httpVersion: res.httpVersion, headers: res.headers,
                              rawHeaders: headers });
    return 1;
  }
  this.incoming = res;
  req.res = res;
  if (req.shouldKeepAlive && !shouldKeepAlive) req.shouldKeepAlive = false;
  res.on('end', function () { responseOnEnd(req, socket); });
  if (!req.emit('response', res)) res._dump();
  return req.method === 'HEAD' ? 1 : 0;
}

// A full response pauses the socket and marks it _paused, the flag
// IncomingMessage's _read looks for to let the socket flow again (the
// server's convention too, server_request.js).
function parserOnBody(chunk) {
  var res = this.incoming;
  if (res && !res._dumped && !res.push(chunk)) {
    this.socket._paused = true;
    this.socket.pause();
  }
}

// @anchor client-message-complete
function parserOnMessageComplete(trailers) {
  var res = this.incoming;
  if (!res) return;
  res.complete = true;
  if (trailers.length) res.rawTrailers = trailers;
  endNow(res);
  this.incoming = null;
  // Node's "force to read the next incoming message": parserOnBody may have
  // paused the socket on this message's last chunk, and an ended response
  // never calls _read again, so a kept-alive socket would stay paused.
  var socket = this.socket;
  if (socket && socket._paused && socket.readable) {
    socket._paused = false;
    socket.resume();
  }
}

// @anchor response-on-end
function responseOnEnd(req, socket) {
  // Node's responseOnEnd looks only at shouldKeepAlive (and whether the
  // request was fully written): `_last` is about the request's body framing,
  // not about the connection, so a bodiless GET still frees its socket.
  if (req.shouldKeepAlive && req.finished) {
    responseKeepAlive(req, socket);
    return;
  }
  detach(socket);
  socket.destroySoon ? socket.destroySoon() : socket.end();
  process.nextTick(function () { emitCloseOnce(req); });
}

// The socket may carry another request: take the HTTP listeners off and,
// after the user's 'end' handlers had their tick, emit 'free'. The agent
// (if any) then gives it to a waiting request, keeps it, or destroys it;
// socket._httpMessage stays set so the agent can see the finished request.
function responseKeepAlive(req, socket) {
  removeListeners(socket);
  process.nextTick(function () {
    emitCloseOnce(req);
    emit0(socket, 'free');
  });
}

function socketOnData(d) {
  var parser = this.parser;
  var ret = parser.execute(d);
  var req = this._httpMessage;
  if (ret instanceof Error) {
    ret.rawPacket = d;
    this.destroy();
    if (req) emitErrorOnce(req, ret);
  } else if (req && req.res && req.res.upgrade) {
    socketOnUpgrade(this, req, d.slice(ret));
  }
}

// @anchor socket-on-upgrade
// The response head of an Upgrade or CONNECT ended the HTTP part of the
// stream: the socket leaves the agent ('agentRemove') and HTTP, and is the
// 'upgrade' / 'connect' listener's, with head (the bytes already read past
// the response head). Nobody listening: the socket is destroyed, and the
// request just closes.
function socketOnUpgrade(socket, req, head) {
  var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('timeout', socketOnTimeout);
  if (socket.parser) socket.parser.close();
  socket.parser = null;
  if (req.listenerCount(event) === 0) {
    socket.destroy();
    return;
  }
  req.upgradeOrConnect = true;
  socket.emit('agentRemove');
  socket.removeListener('close', socketOnClose);
  socket.removeListener('error', socketOnError);
  socket._httpMessage = null;
  // Not flowing: data that arrives before the listener reads is kept.
  socket.readableFlowing = null;
  req.emit(event, req.res, socket, head);
  req.destroyed = true;
  req._closed = true;
  req.emit('close');
}

function socketOnEnd() {
  var req = this._httpMessage;
  var parser = this.parser;
  if (parser) {
    var ret = parser.finish();
    if (ret instanceof Error && req) emitErrorOnce(req, ret);
  }
  if (req && !req.res) emitErrorOnce(req, hangUp());
  this.end();
}

function socketOnError(err) {
  var req = this._httpMessage;
  if (req) emitErrorOnce(req, err);
}

function socketOnClose() {
  var req = this._httpMessage;
  if (req) {
    if (!req.res) emitErrorOnce(req, hangUp());
    else if (!req.res.complete) {
      req.res.aborted = true;
      req.res.emit('aborted');
      req.res.destroy(hangUp());
    }
    emitCloseOnce(req);
  }
  detach(this);
}

function socketOnTimeout() {
  var req = this._httpMessage;
  if (req) req.emit('timeout');
}

function detach(socket) {
  removeListeners(socket);
  socket._httpMessage = null;
}

// Takes this file's listeners and the parser off the socket.
function removeListeners(socket) {
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('error', socketOnError);
  socket.removeListener('close', socketOnClose);
  socket.removeListener('timeout', socketOnTimeout);
  if (socket.parser) socket.parser.close();
  socket.parser = null;
}

// @anchor tick-on-socket
function tickOnSocket(req, socket) {
  if (req.destroyed) {
    socket.destroy();
    emitCloseOnce(req);
    return;
  }
  var parser = new HTTPParser(HTTPParser.RESPONSE);
  parser.onHeadersComplete = parserOnHeadersComplete;
  parser.onBody = parserOnBody;
  parser.onMessageComplete = parserOnMessageComplete;
  parser.socket = socket;
  parser.incoming = null;
  socket.parser = parser;
  socket._httpMessage = req;
  req.socket = socket;
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('error', socketOnError);
  socket.on('close', socketOnClose);
  socket.on('timeout', socketOnTimeout);
  req.emit('socket', socket);
  if (req.outputData.length) req._flushOutput(socket);
  if (req.finished && typeof req._finish === 'function') req._finish();
}

exports.install = function install(ClientRequest, deps) {
  HTTPParser = deps.HTTPParser;
  IncomingMessage = deps.IncomingMessage;
  return { tickOnSocket: tickOnSocket };
};
