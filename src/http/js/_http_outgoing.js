// _http_outgoing: OutgoingMessage, the common half of ServerResponse and
// ClientRequest (Node's lib/_http_outgoing.js).
//
// What: the header store (setHeader, getHeader, ..., removeHeader), the
// body methods (write, end) and the hand-off to the socket. The head itself
// is built in C++ (storeHeader in src/http/http_binding.cpp, which decides
// Date/Connection/Keep-Alive/Content-Length/Transfer-Encoding exactly as
// Node's _storeHeader), in one buffer, with the body when end(data) is the
// only write.
// Interface: OutgoingMessage, validateHeaderName(name[, label]),
// validateHeaderValue(name, value).
// Invariants: _header is set once (headersSent): the head as a Buffer, or,
// when head and body went straight to the socket (the server's fast path,
// @anchor direct-write in src/http/http_binding.cpp), the number of bytes
// written; before a socket is assigned, output waits in outputData;
// 'finish' fires when the last write has been handed to the socket.
// Read first: _http_common.js, then ServerResponse in _http_server.js.
// Doc: api/http.md § "Class: http.OutgoingMessage".
'use strict';

var Stream = require('stream');
var util = require('util');
var common = require('_http_common');
var errors = require('internal/errors');
var codes = errors.codes;

var flags = common.flags;
var CRLF = '\r\n';

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !common.checkIsHttpToken(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (common.checkInvalidHeaderChar(value)) throw new codes.ERR_INVALID_CHAR('header content', name);
}

function OutgoingMessage() {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this.finished = false;
  this._headerSent = false;
  this._header = null;
  this._headers = null;  // lower-cased name -> [name as given, value]
  this.socket = null;
  this._keepAliveTimeout = 0;
  this._maxRequestsPerSocket = 0;
  this._onPendingData = null;
}
util.inherits(OutgoingMessage, Stream);

// Called just before 'finish' is emitted (ServerResponse sets one).
OutgoingMessage.prototype._onFinish = null;

Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true, enumerable: true,
  get: function () { return !!this._header; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableEnded', {
  configurable: true, enumerable: true,
  get: function () { return this.finished; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableFinished', {
  configurable: true, enumerable: true,
  get: function () {
    return this.finished && this.outputSize === 0 &&
      (!this.socket || this.socket.writableLength === 0);
  }
});
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  configurable: true, enumerable: true,
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  if (this._headers === null) this._headers = Object.create(null);
  this._headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  var key = name.toLowerCase();
  if (this._headers === null) this._headers = Object.create(null);
  var entry = this._headers[key];
  if (entry === undefined) {
    this._headers[key] = [name, value];
  } else {
    var existing = Array.isArray(entry[1]) ? entry[1] : [entry[1]];
    entry[1] = existing.concat(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._headers === null) return undefined;
  var entry = this._headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this._headers === null ? [] : Object.keys(this._headers);
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  var h = this._headers;
  if (h === null) return [];
  return Object.keys(h).map(function (k) { return h[k][0]; });
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  var ret = Object.create(null);
  var h = this._headers;
  if (h !== null) {
    var keys = Object.keys(h);
    for (var i = 0; i < keys.length; i++) ret[keys[i]] = h[keys[i]][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this._headers !== null && this._headers[name.toLowerCase()] !== undefined;
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
  var key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this._headers !== null) delete this._headers[key];
};

function addPair(out, name, value) {
  if (Array.isArray(value)) {
    for (var j = 0; j < value.length; j++) out.push(name, String(value[j]));
  } else {
    out.push(name, typeof value === 'string' ? value : String(value));
  }
}

// Flattens headers ({name: value}, [name, value, ...] or our own store)
// into [name, value, ...], one pair per array element.
function flattenHeaders(headers, own) {
  var out = [];
  if (!headers) return out;
  var keys = Object.keys(headers);
  for (var i = 0; i < keys.length; i++) {
    if (own) addPair(out, headers[keys[i]][0], headers[keys[i]][1]);
    else addPair(out, keys[i], headers[keys[i]]);
  }
  return out;
}

// @anchor outgoing-store-header
// firstA/firstB: statusCode and statusMessage, or method and path. body
// (a string) rides in the same buffer as the head; given the socket's
// handle too, head and body are written to it at once (_header is then the
// byte count).
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstA, firstB, body, handle) {
  var f = 0;
  if (this.sendDate) f |= flags.kSendDate;
  if (this.shouldKeepAlive) f |= flags.kShouldKeepAlive;
  if (this.useChunkedEncodingByDefault) f |= flags.kUseChunked;
  if (this._hasBody) f |= flags.kHasBody;
  if (this.agent) f |= flags.kHasAgent;
  if (this._removedConnection) f |= flags.kRemovedConnection;
  if (this._removedContLen) f |= flags.kRemovedContLen;
  if (this._removedTE) f |= flags.kRemovedTE;
  if (this.maxRequestsOnConnectionReached) f |= flags.kMaxRequestsReached;
  var list = flattenHeaders(this._headers, true);
  var keepAlive = this._defaultKeepAlive ? this._keepAliveTimeout : 0;
  var head = common.storeHeader(this, firstA, firstB, list, f, this._contentLength,
                                keepAlive, this._maxRequestsPerSocket, body, handle);
  this._header = head;
  this._headerSent = typeof head === 'number';
  if (this._headerSent) {  // written: account for it as socket.write would
    var socket = this.socket;
    socket._bytesDispatched += head;
    if (socket._timeoutTimer !== null) socket._unrefTimer();
  }
  if (this._trailerInvalid) throw new codes.ERR_HTTP_TRAILER_INVALID();
  if (this._headerExpect) this._send('');
};

module.exports = {
  OutgoingMessage: OutgoingMessage,
  validateHeaderName: validateHeaderName,
  validateHeaderValue: validateHeaderValue,
  CRLF: CRLF
};

require('internal/http/outgoing_body').install(OutgoingMessage);
