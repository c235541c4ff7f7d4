// _http_common: what the server and the client share (Node's lib/_http_common.js).
//
// What: the parser binding and the header checks. The parser itself is C++
// (src/http/parser.hpp): it calls onHeadersComplete ONCE per message with
// every header, so per-request work in JS stays small.
// Interface: HTTPParser, methods, checkIsHttpToken(s), checkInvalidHeaderChar(s),
// headerKey(name, value) (setHeader's checks and key, in C++), chunkExpression,
// continueExpression, storeHeader (the C++ serializer), STATUS_CODES,
// maxHeaderSize.
// Invariants: the checks are Node's regular expressions (in C++), so what is rejected
// (ERR_INVALID_HTTP_TOKEN, ERR_INVALID_CHAR) matches Node exactly.
// Read first: src/http/http_binding.cpp (and the files it names). Doc: api/http.md.
'use strict';

var binding = internalBinding('http');

// Node's checks, /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/ for a name and
// /[^\t\x20-\x7e\x80-\xff]/ for a value, run in C++ (every setHeader()
// runs both; Duktape's RegExp engine made them the costliest part of it).
var checkIsHttpToken = binding.checkIsHttpToken;
var checkInvalidHeaderChar = binding.checkInvalidHeaderChar;

// True if ee has a listener for type. emit() mentions `arguments`, which
// costs Duktape ~2 us per call even when nobody listens: the per-request
// path asks first ('socket', 'drain', 'prefinish' usually have no listener).
function hasListeners(ee, type) {
  var events = ee._events;
  return events !== void 0 && events[type] !== void 0;
}

// @anchor flat-defaults
// Copies onto proto the data fields (not methods, not accessors) that it
// inherits from further up its chain, Object.prototype excepted. Duktape
// finds a property by walking the chain object by object, each a search of
// its own: a response's default (_hasBody, on OutgoingMessage.prototype) or
// its _events (on EventEmitter.prototype, four objects up) cost ~450
// instructions a read; one level up they cost ~200. Node keeps these as
// own fields of every instance, so no one can tell a default on the
// prototype from a default on the prototype's prototype; methods stay where
// they are (a patched OutgoingMessage.prototype.setHeader still applies).
function flattenDefaults(proto) {
  for (var q = Object.getPrototypeOf(proto); q !== null && q !== Object.prototype;
       q = Object.getPrototypeOf(q)) {
    var names = Object.getOwnPropertyNames(q);
    for (var i = 0; i < names.length; i++) {
      var name = names[i];
      if (name === 'constructor' || Object.prototype.hasOwnProperty.call(proto, name)) continue;
      var d = Object.getOwnPropertyDescriptor(q, name);
      if (!('value' in d) || typeof d.value === 'function') continue;
      Object.defineProperty(proto, name, {
        value: d.value, writable: d.writable, enumerable: d.enumerable, configurable: true
      });
    }
  }
}

module.exports = {
  flattenDefaults: flattenDefaults,
  HTTPParser: binding.HTTPParser,
  methods: binding.METHODS,
  STATUS_CODES: binding.STATUS_CODES,
  maxHeaderSize: binding.maxHeaderSize,
  storeHeader: binding.storeHeader,
  headerKey: binding.headerKey,
  installFastEnd: binding.installFastEnd,
  checkIsHttpToken: checkIsHttpToken,
  checkInvalidHeaderChar: checkInvalidHeaderChar,
  hasListeners: hasListeners,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n'
};
