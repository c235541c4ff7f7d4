// _http_outgoing: OutgoingMessage, the common half of ServerResponse and
// ClientRequest (Node's lib/_http_outgoing.js).
//
// What: the header store (setHeader, getHeader, ..., removeHeader), the
// body methods (write, end) and the hand-off to the socket. The head itself
// is built in C++ (storeHeader in src/http/http_head_binding.cpp, which decides
// Date/Connection/Keep-Alive/Content-Length/Transfer-Encoding exactly as
// Node's _storeHeader), in one buffer, with the body when end(data) is the
// only write. A server response's end(data) is itself C++ when nothing can
// tell (src/http/http_end_binding.cpp, installed by _http_server.js); it
// falls back to the JS end of internal/http/outgoing_body.js otherwise.
// Interface: OutgoingMessage, validateHeaderName(name[, label]),
// validateHeaderValue(name, value).
// Invariants: _header is set once (headersSent): the head as a Buffer, or,
// when head and body went straight to the socket (the server's fast path,
// @anchor direct-write in src/http/http_head_binding.cpp), the number of bytes
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

var headerKey = common.headerKey;
var storeHeader = common.storeHeader;
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

// @anchor thin-outgoing
// Every field's default lives on the prototype: a Duktape object pays for
// each own property (~700 instructions apiece, plus reallocating its
// property table as it grows), and a response usually changes only a few
// of these. Nothing mutable is shared: outputData is a frozen empty list
// that _writeRaw replaces before queueing (internal/http/outgoing_body.js).
// The EventEmitter's fields are inherited too (_events undefined: "no
// listeners"; on() creates the table).
function OutgoingMessage() {}
util.inherits(OutgoingMessage, Stream);

(function (p) {
  p.outputSize = 0;
  p.writable = true;
  p.destroyed = false;
  p._last = false;
  p.chunkedEncoding = false;
  p.shouldKeepAlive = true;
  p.maxRequestsOnConnectionReached = false;
  p._defaultKeepAlive = true;
  p.useChunkedEncodingByDefault = true;
  p.sendDate = false;
  p._removedConnection = false;
  p._removedContLen = false;
  p._removedTE = false;
  p._contentLength = null;
  p._hasBody = true;
  p._trailer = '';
  p.finished = false;
  p._headerSent = false;
  p._header = null;
  p._headers = null;  // [key, name, value, ...] (@anchor header-store)
  p.socket = null;
  p._keepAliveTimeout = 0;
  p._maxRequestsPerSocket = 0;
  p._onPendingData = null;
  p._headerExpect = false;
  p._trailerInvalid = false;
})(OutgoingMessage.prototype);

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

// @anchor header-store
// The headers set so far: null, or a flat list [key, name, value, ...]
// where key is the lower-cased name and value what was set (a string, a
// number, an array...), in the order first set (a header set again keeps
// its place, as an object's keys would). A flat list because C++ walks it
// by index (storeHeader), where enumerating an object's keys cost ~5,000
// instructions a response; a lookup scans a few keys, and interned
// strings compare by identity.
function findKey(list, key) {
  for (var i = 0; i < list.length; i += 3) {
    if (list[i] === key) return i;
  }
  return -1;
}

// @anchor set-header
// One C++ call checks name and value and lower-cases the name (headerKey);
// the errors are Node's.
OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('set');
  var key = headerKey(name, value);
  if (typeof key === 'number') throwHeaderError(key, name, value);
  var list = this._headers;
  var at = list === null ? -1 : findKey(list, key);
  if (at !== -1) {
    list[at + 1] = name;
    list[at + 2] = value;
  } else if (list === null) {
    this._headers = [key, name, value];
  } else {
    list.push(key, name, value);
  }
  return this;
};

// headerKey's verdict as validateHeaderName / validateHeaderValue throw it.
function throwHeaderError(code, name, value) {
  if (code === 1) validateHeaderName(name);
  validateHeaderValue(name, value);
}

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new codes.ERR_HTTP_HEADERS_SENT('append');
  var key = headerKey(name, value);
  if (typeof key === 'number') throwHeaderError(key, name, value);
  var list = this._headers;
  var at = list === null ? -1 : findKey(list, key);
  if (at === -1) return this.setHeader(name, value);
  var old = list[at + 2];
  list[at + 2] = (Array.isArray(old) ? old : [old]).concat(value);
  return this;
};

function lookup(msg, name) {  // the value set for name, or undefined
  var list = msg._headers;
  if (list === null) return undefined;
  var at = findKey(list, name.toLowerCase());
  return at === -1 ? undefined : list[at + 2];
}

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  return lookup(this, name);
};

// Every third element of the store, from the first (keys) or second (names).
function column(list, from) {
  var out = [];
  if (list !== null) {
    for (var i = from; i < list.length; i += 3) out.push(list[i]);
  }
  return out;
}

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return column(this._headers, 0);
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  return column(this._headers, 1);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  var ret = Object.create(null);
  var list = this._headers;
  if (list !== null) {
    for (var i = 0; i < list.length; i += 3) ret[list[i]] = list[i + 2];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
  return lookup(this, name) !== undefined;
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
  var list = this._headers;
  var at = list === null ? -1 : findKey(list, key);
  if (at !== -1) list.splice(at, 3);
};

// @anchor outgoing-store-header
// firstA/firstB: statusCode and statusMessage, or method and path. body
// (a string) rides in the same buffer as the head; given the socket's
// handle too, head and body are written to it at once (_header is then the
// byte count). C++ reads the header store and the fields that decide the
// automatic headers from the message itself, and sets only the results
// that change (chunkedEncoding, _last...).
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstA, firstB, body, handle) {
  var head = storeHeader(this, firstA, firstB, body, handle);
  this._header = head;
  if (typeof head === 'number') {  // written: account for it as socket.write would
    this._headerSent = true;
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
