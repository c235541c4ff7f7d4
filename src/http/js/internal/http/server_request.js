// internal/http/server_request: one request's way through the server, from
// its head to its response's 'finish' (the parserOnIncoming half of Node's
// lib/_http_server.js).
//
// What: the parser's handlers (parserOnHeadersComplete, parserOnBody,
// parserOnMessageComplete), which build the request and its response,
// answer what the server answers itself (a missing Host, Expect), emit
// 'request', and, when the response finishes, hand the socket on or start
// the keep-alive wait (resOnFinish).
// Interface: parserOnHeadersComplete, parserOnBody, parserOnMessageComplete
// (installed on each connection's parser by server_connection.js),
// resOnFinish(state, req, res[, socket, server, now]), setServerResponse(ctor).
// Invariants: state.first is the request whose response owns the socket
// (null: none), state.incoming the ones after it (pipelined); a response
// is assigned the socket only when the one before it finished. This is the
// hot path of every request: it keeps module variables out of loops,
// writes only the properties that differ from the prototypes' defaults,
// and avoids emit(), closures and ticks where nobody could tell.
// Read first: server_connection.js (the connection and its state).
// Doc: api/http.md § "Event: 'request'", § "server.keepAliveTimeout".
'use strict';

var common = require('_http_common');
var incoming = require('_http_incoming');
var ServerRequest = incoming.ServerRequest;
// 'request' with two fixed arguments: no arguments object per request.
var emit2 = require('internal/events/fast_emit').emit2;
var loopNow = internalBinding('loop').now;  // the loop's clock, as timers use it (ms)
var ServerResponse = null;

// @anchor server-on-headers
// The one JS call per request head (from C++: http_consume.cpp). It sets on
// the request only what this request has (ServerRequest in
// _http_incoming.js). info: bits from C++ (@anchor sink-headers-complete):
// kComplete, the request has no body, so the message is complete with its
// head (its completion is done here, after the 'request' handler, and C++
// makes no onMessageComplete call for it); kHasHost, kHasExpect.
var kComplete = 1, kHasHost = 2, kHasExpect = 4;

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive, info, now) {
  var socket = this.socket;
  var state = socket._httpState;
  var server = state.server;
  var max = server.maxHeadersCount;
  if (max && headers.length > 2 * max) {
    headers.length = 2 * max;
    info = (info & kComplete) | (hasHost(headers) ? kHasHost : 0) |
      (findExpect(headers) !== void 0 ? kHasExpect : 0);
  }
  var req = new ServerRequest(socket, versionMajor, versionMinor, method, url, headers, upgrade);
  // The body's handlers find the request here; a complete request has no
  // body, and is done with before this call returns.
  if (upgrade || !(info & 1)) this.incoming = req;  // 1: kComplete (a literal: no lookup by name)
  if (socket._timeoutTimer !== null) socket._unrefTimer();  // reading is activity
  return onIncoming(server, socket, state, req, shouldKeepAlive, info, this,
                    versionMinor === 1 && versionMajor === 1, upgrade, now);
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
  if (trailers.length) req.rawTrailers = trailers;
  messageComplete(this, req);
}

function messageComplete(parser, req) {
  req.complete = true;
  if (req._rs !== null) req.push(null);  // incoming.endOfBody(req), inlined
  if (!req.upgrade) parser.incoming = null;  // an upgrade's request goes with the 'upgrade' event
}

// @anchor on-incoming
// info: see parserOnHeadersComplete; parser completes the request when
// info says it has no body; http11: the request is HTTP/1.1; upgrade: the
// head asked for one (req.upgrade, as ServerRequest set it); now: the
// loop's clock. server and socket are state's, handed down rather than
// read again.
function onIncoming(server, socket, state, req, keepAlive, info, parser, http11, upgrade, now) {
  if (state.idleSince !== -1) {
    state.idleSince = -1;  // the keep-alive timer now finds it busy
    if (state.keepAliveTimer === null) socket.setTimeout(server.timeout || 0);
  }
  if (upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }
  if (state.first === null) state.first = req;  // an array push and shift cost ~4,000
  else state.incoming.push(req);
  state.requests++;
  var res = new ServerResponse(req, state, keepAlive, http11, server);
  if (socket._httpMessage) {
    state.outgoing.push(res);
  } else {  // res.assignSocket(socket), for a response nobody can listen to yet
    socket._httpMessage = res;
    res.socket = socket;
  }
  // info's bits as literals (kComplete 1, kHasHost 2, kHasExpect 4): a
  // module variable is a lookup by name in Duktape, ~300 instructions.
  var complete = (info & 1) !== 0;
  if (http11 && (info & 4 || (!(info & 2) && server.requireHostHeader)) &&
      answeredHead(server, req, res, info)) {
    if (complete) messageComplete(parser, req);
    return 0;
  }
  state.finishing = null;  // dispatching (@anchor finish-after-request)
  try {
    emit2(server, 'request', req, res);
  } finally {
    var finished = state.finishing;
    state.finishing = void 0;
    if (complete) {  // messageComplete(parser, req), inlined: no parser.incoming to clear
      req.complete = true;
      if (req._rs !== null) req.push(null);
    }
    // The finish tick's work (onFinish in outgoing_body.js), inlined.
    if (finished !== null && !socket._hadError) {
      resOnFinish(state, finished.req, finished, socket, server, now);
      var events = finished._events;
      if (events !== void 0 && events.finish !== void 0) finished.emit('finish');
    }
  }
  return 0;
}

// An HTTP/1.1 head the server answers itself (true: 'request' is not
// emitted): no Host (400), or an Expect header.
function answeredHead(server, req, res, info) {
  if (!(info & kHasHost) && server.requireHostHeader) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return true;
  }
  return handleExpect(server, req, res, findExpect(req.rawHeaders));
}

// Expect: 100-continue (true: handled, 'request' is not emitted here).
function handleExpect(server, req, res, expect) {
  if (common.continueExpression.test(expect)) {
    res._expect_continue = true;
    if (server.listenerCount('checkContinue') > 0) {
      server.emit('checkContinue', req, res);
      return true;
    }
    res.writeContinue();
    return false;
  }
  if (server.listenerCount('checkExpectation') > 0) server.emit('checkExpectation', req, res);
  else res.writeHead(417).end();
  return true;
}

function hasHost(raw) {
  for (var i = 0; i < raw.length; i += 2) {
    if (raw[i].length === 4 && raw[i].toLowerCase() === 'host') return true;
  }
  return false;
}

// req.headers.expect without building req.headers: repeated Expect
// headers join with ', ', as in req.headers (_http_incoming.js).
function findExpect(raw) {
  var value;
  for (var i = 0; i < raw.length; i += 2) {
    if (raw[i].length === 6 && raw[i].toLowerCase() === 'expect') {
      value = value === void 0 ? raw[i + 1] : value + ', ' + raw[i + 1];
    }
  }
  return value;
}

function emitCloseNT(res) {
  res.emit('close');
}

// @anchor res-on-finish
// A response finished: Node registers this as the first 'finish' listener;
// we call it just before 'finish' is emitted (ServerResponse's _onFinish):
// the same order, without a closure and a listener per request. Node then
// emits 'close' on the response in a later tick; that tick is queued only
// when someone listens for 'close' or 'finish' by now (a 'finish' listener
// may still add a 'close' listener): a tick is ~10,000 instructions, and
// the hello world has neither listener. (The one difference: a 'close'
// listener added from a nextTick queued before the response finished, with
// no listener until then, is not called.)
// socket, server: state's, and now, the loop's clock, from a caller that
// has them at hand (onIncoming: a call of loopNow() is ~850 instructions).
function resOnFinish(state, req, res, socket, server, now) {
  if (socket === void 0) {
    socket = state.socket;
    server = state.server;
  }
  if (state.first === req) state.first = state.incoming.length !== 0 ? state.incoming.shift() : null;
  if (req._rs === null) req._dumped = true;  // incoming.dumpIfUnread, inlined
  else incoming.dumpIfUnread(req);
  socket._httpMessage = null;  // res.detachSocket(socket)
  res.socket = null;
  var events = res._events;
  if (events !== void 0 && (events.close !== void 0 || events.finish !== void 0)) {
    process.nextTick(emitCloseNT, res);
  }
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    var ms = server.keepAliveTimeout;
    if (ms && typeof socket.setTimeout === 'function') {
      // the idle wait (@anchor keep-alive-timer), inlined
      state.idleSince = now !== void 0 ? now : loopNow();
      if (server.timeout) {
        socket.setTimeout(ms);  // the socket's own timeout, as Node does
      } else {
        if (state.keepAliveMs !== ms) state.keepAliveMs = ms;
        if (state.keepAliveTimer === null) armKeepAlive(state, ms);
      }
    }
  } else {
    var next = state.outgoing.shift();
    if (next) next.assignSocket(socket);
  }
}

// @anchor keep-alive-timer
// The idle wait between two requests. Node re-arms the socket's timeout
// (socket.setTimeout) after every response; even refreshing one timer
// costs ~8,000 instructions a request in Duktape. So with no
// server.timeout of its own a connection notes only when it went idle
// (state.idleSince, the loop's clock), and keeps at most one timer: armed
// when it goes idle with none pending; when it fires, a connection that is
// busy again (idleSince -1) drops it (the next idle wait arms
// a new one), one idle for less than keepAliveTimeout sleeps again for
// the rest, and only one idle for all of it times out. The idle wait starts
// in resOnFinish; with a server.timeout, the socket's own timeout serves.
function armKeepAlive(state, ms) {
  state.keepAliveTimer = setTimeout(keepAliveExpired, ms, state);
  state.keepAliveTimer.unref();
}

function keepAliveExpired(state) {
  var socket = state.socket;
  state.keepAliveTimer = null;
  if (state.idleSince === -1 || socket._httpState !== state) return;
  var left = state.idleSince + state.keepAliveMs - loopNow();
  if (left > 0) armKeepAlive(state, left);
  else socket.emit('timeout');  // as the socket's own timer would (socketOnTimeout)
}

exports.parserOnHeadersComplete = parserOnHeadersComplete;
exports.parserOnBody = parserOnBody;
exports.parserOnMessageComplete = parserOnMessageComplete;
exports.resOnFinish = resOnFinish;
exports.setServerResponse = function (ctor) { ServerResponse = ctor; };
