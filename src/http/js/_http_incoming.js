// _http_incoming: IncomingMessage, a request on the server or a response
// on the client (Node's lib/_http_incoming.js).
//
// What: a Readable whose body the parser pushes; the head arrives whole
// (rawHeaders as received), and `headers` / `trailers` are built from the
// raw lists on first use with Node's rules for duplicates.
// Interface: IncomingMessage(socket); fields httpVersion(Major|Minor),
// method, url, statusCode, statusMessage, rawHeaders, rawTrailers,
// headers, trailers, complete, aborted, upgrade, socket.
// Invariants: the Readable half (_readableState) is created on first use
// (@anchor lazy-readable): a request nobody reads the body of, the hello
// world's, never pays for it. A duplicate of a header in kDiscardDuplicates is dropped;
// set-cookie is always an array; cookie values join with '; ', all other
// duplicates with ', '. Names are lower-cased, values left alone.
// Read first: _http_server.js (who creates these). Doc: api/http.md
// § "Class: http.IncomingMessage", § "message.headers".
'use strict';

var Stream = require('stream');
var Readable = Stream.Readable;
var util = require('util');

var kDiscardDuplicates = {
  'age': 1, 'authorization': 1, 'content-length': 1, 'content-type': 1, 'etag': 1,
  'expires': 1, 'from': 1, 'host': 1, 'if-modified-since': 1, 'if-unmodified-since': 1,
  'last-modified': 1, 'location': 1, 'max-forwards': 1, 'proxy-authorization': 1,
  'referer': 1, 'retry-after': 1, 'server': 1, 'user-agent': 1
};

// @anchor thin-incoming
// Every field's default lives on the prototype (below): a Duktape object
// pays for each own property it is given (~700 instructions apiece, and
// its property table is reallocated as it grows), so a request is born with
// what differs per request only. Not even the EventEmitter's own fields:
// EventEmitter.prototype says "no listeners" (_events undefined) and
// on() creates the table the first time someone listens.
function IncomingMessage(socket) {
  this.socket = socket;
  this.httpVersionMajor = null;  // the prototype's defaults are a server request's
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.upgrade = null;
  this.rawHeaders = [];   // own arrays: the caller may push into them
  this.rawTrailers = [];
}
util.inherits(IncomingMessage, Readable);

var kEmptyList = Object.freeze([]);  // rawTrailers of a request that has none (yet)
(function (p) {
  p._rs = null;
  // What most server requests are (HTTP/1.1, no upgrade): ServerRequest
  // sets these only when they differ; IncomingMessage() sets Node's nulls.
  p.httpVersionMajor = 1;
  p.httpVersionMinor = 1;
  p.httpVersion = '1.1';
  p.complete = false;
  p.rawHeaders = kEmptyList;
  p.rawTrailers = kEmptyList;
  p.joinDuplicateHeaders = false;
  p.aborted = false;
  p.upgrade = false;
  p.url = '';
  p.method = null;
  p.statusCode = null;
  p.statusMessage = null;
  p._headers = null;
  p._trailers = null;
  p._consuming = false;
  p._dumped = false;
})(IncomingMessage.prototype);

// The server's request (@anchor thin-incoming): an IncomingMessage (same
// prototype, so instanceof and constructor hold) given only its head, and
// of that only what differs from the prototype (an HTTP/1.1 request with
// no upgrade). rawTrailers stays the shared frozen empty list until
// trailers arrive.
function ServerRequest(socket, versionMajor, versionMinor, method, url, rawHeaders, upgrade) {
  this.socket = socket;
  this.method = method;
  this.url = url;
  this.rawHeaders = rawHeaders;
  if (versionMinor !== 1 || versionMajor !== 1) {
    this.httpVersionMajor = versionMajor;
    this.httpVersionMinor = versionMinor;
    this.httpVersion = versionMajor + '.' + versionMinor;
  }
  if (upgrade) this.upgrade = true;
}
ServerRequest.prototype = IncomingMessage.prototype;

// @anchor lazy-readable
// Every Readable method reaches its state through this._readableState; the
// getter builds it (Readable's constructor) the first time anyone asks.
// Until then the end of the body is implied by `complete` (endOfBody).
Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true, enumerable: false,
  get: function () {
    if (this._rs === null) startReadable(this);
    return this._rs;
  },
  set: function (state) { this._rs = state; }
});

function startReadable(msg) {
  Readable.call(msg, { autoDestroy: false });  // stores the state through the setter
  msg._rs.readingMore = true;
  if (msg.complete) msg.push(null);  // the body ended before anyone looked
  if (msg._dumped) {  // dumped before anyone looked: discard as _dump() would
    msg._dumped = false;
    msg._dump();
  }
}

// The body ended (msg.complete is already true): push(null), or, while
// there is no Readable, nothing: startReadable pushes it when one is made.
function endOfBody(msg) {
  if (msg._rs !== null) msg.push(null);
}

// The body ended (complete is true): push(null), making the Readable if
// there is none yet (startReadable then pushes it), as push(null) would.
function endNow(msg) {
  if (msg._rs === null) startReadable(msg);
  else msg.push(null);
}

// The response finished and nobody consumed the body: discard it.
function dumpIfUnread(msg) {
  if (msg._rs === null) msg._dumped = true;
  else if (!msg._consuming && !msg._rs.resumeScheduled) msg._dump();
}

// Node's _addHeaderLine: how one more (name, value) joins dest.
function addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  var old = dest[field];
  if (old === undefined) {
    dest[field] = field === 'set-cookie' ? [value] : value;
  } else if (field === 'set-cookie') {
    old.push(value);
  } else if (kDiscardDuplicates[field] === 1) {
    // keep the first
  } else if (field === 'cookie') {
    dest[field] = old + '; ' + value;
  } else {
    dest[field] = old + ', ' + value;
  }
}

function buildHeaders(raw) {
  var dest = {};
  for (var i = 0; i + 1 < raw.length; i += 2) addHeaderLine(raw[i], raw[i + 1], dest);
  return dest;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  configurable: true, enumerable: true,
  get: function () {
    if (this._headers === null) this._headers = buildHeaders(this.rawHeaders);
    return this._headers;
  },
  set: function (v) { this._headers = v; }
});

// headersDistinct / trailersDistinct: every value of every field, as an
// array, in arrival order (http.md § "message.headersDistinct").
function buildDistinct(raw) {
  var out = Object.create(null);
  for (var i = 0; i + 1 < raw.length; i += 2) {
    var key = String(raw[i]).toLowerCase();
    if (out[key] === void 0) out[key] = [raw[i + 1]];
    else out[key].push(raw[i + 1]);
  }
  return out;
}

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  configurable: true,
  get: function () {
    if (this._headersDistinct === void 0) this._headersDistinct = buildDistinct(this.rawHeaders);
    return this._headersDistinct;
  },
  set: function (v) { this._headersDistinct = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  configurable: true,
  get: function () {
    if (this._trailersDistinct === void 0) this._trailersDistinct = buildDistinct(this.rawTrailers || []);
    return this._trailersDistinct;
  },
  set: function (v) { this._trailersDistinct = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  configurable: true, enumerable: true,
  get: function () {
    if (this._trailers === null) this._trailers = buildHeaders(this.rawTrailers);
    return this._trailers;
  },
  set: function (v) { this._trailers = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true, enumerable: true,
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// The consumer wants data: let the socket flow again if the server paused it.
IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  var socket = this.socket;
  if (socket && socket.readable && socket._paused) {
    socket._paused = false;
    var parser = socket.parser;
    if (parser && parser.consuming) parser.readStart();  // the server's C++ reads
    else socket.resume();
  }
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) this.aborted = true;
  if (this.socket && !this.socket.destroyed && !this.complete) this.socket.destroy(err);
  cb(err);
};

// Nobody read the body: read and discard it so the next request can come.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = {
  IncomingMessage: IncomingMessage,
  ServerRequest: ServerRequest,
  endOfBody: endOfBody,
  endNow: endNow,
  dumpIfUnread: dumpIfUnread,
  buildHeaders: buildHeaders
};
