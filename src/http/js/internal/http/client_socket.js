// internal/http/client_socket: a ClientRequest's life on its socket (the
// tickOnSocket / socketOn* / parserOnIncomingClient half of Node's
// lib/_http_client.js).
//
// What: attaches a RESPONSE parser to the request's socket, turns the
// response head into an IncomingMessage ('response'), streams the body,
// and afterwards gives the socket back to the agent (keep-alive) or ends it.
// Interface: install(ClientRequest, deps) -> { tickOnSocket }.
// Invariants: socket._httpMessage is the request while it owns the socket;
// a request emits 'close' exactly once; 'error' is emitted at most once.
// Read first: _http_client.js. Doc: api/http.md § "Class: http.ClientRequest".
'use strict';

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
  var res = new IncomingMessage(socket);
  res.httpVersionMajor = versionMajor;
  res.httpVersionMinor = versionMinor;
  res.httpVersion = versionMajor + '.' + versionMinor;
  res.statusCode = statusCode;
  res.statusMessage = statusMessage;
  res.rawHeaders = headers;
  res.req = req;
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

function parserOnBody(chunk) {
  var res = this.incoming;
  if (res && !res._dumped && !res.push(chunk)) this.socket.pause();
}

function parserOnMessageComplete(trailers) {
  var res = this.incoming;
  if (!res) return;
  res.complete = true;
  if (trailers.length) res.rawTrailers = trailers;
  res.push(null);
  this.incoming = null;
}

// @anchor response-on-end
function responseOnEnd(req, socket) {
  // Node's responseOnEnd looks only at shouldKeepAlive (and whether the
  // request was fully written): `_last` is about the request's body framing,
  // not about the connection, so a bodiless GET still frees its socket.
  var keep = req.shouldKeepAlive && req.finished;
  detach(socket);
  if (req.agent && keep && typeof req.agent._release === 'function') {
    req.agent._release(socket, true);
  } else if (req.agent && typeof req.agent._release === 'function') {
    req.agent._release(socket, false);
  } else if (!keep) {
    socket.destroySoon ? socket.destroySoon() : socket.end();
  }
  process.nextTick(function () { emitCloseOnce(req); });
}

function socketOnData(d) {
  var parser = this.parser;
  var ret = parser.execute(d);
  if (ret instanceof Error) {
    var req = this._httpMessage;
    ret.rawPacket = d;
    this.destroy();
    if (req) emitErrorOnce(req, ret);
  }
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
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('error', socketOnError);
  socket.removeListener('close', socketOnClose);
  socket.removeListener('timeout', socketOnTimeout);
  if (socket.parser) socket.parser.close();
  socket.parser = null;
  socket._httpMessage = null;
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
