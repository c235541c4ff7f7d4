// http: require('http') (Node's lib/http.js).
//
// What: the public face of the HTTP layer: createServer, Server,
// IncomingMessage, ServerResponse, OutgoingMessage, STATUS_CODES, METHODS,
// maxHeaderSize, validateHeaderName, validateHeaderValue, and the client
// (request, get, ClientRequest, Agent, globalAgent).
// Invariants: nothing here but re-exports and argument plumbing; the
// behaviour lives in the _http_* modules.
// Read first: _http_server.js, then _http_client.js. Doc: api/http.md.
'use strict';

var common = require('_http_common');
var outgoing = require('_http_outgoing');

// The server and the client load on first use: require('http') for
// STATUS_CODES or validateHeaderName should not pull in net and stream.
var server = null;
function loadServer() {
  if (server === null) server = require('_http_server');
  return server;
}

function createServer(opts, requestListener) {
  return new (loadServer().Server)(opts, requestListener);
}

var client = null;
function loadClient() {
  if (client === null) client = require('_http_client');
  return client;
}

function request(url, options, cb) {
  return loadClient().request(url, options, cb);
}

function get(url, options, cb) {
  return loadClient().get(url, options, cb);
}

module.exports = {
  METHODS: common.methods.slice(),
  STATUS_CODES: common.STATUS_CODES,
  OutgoingMessage: outgoing.OutgoingMessage,
  createServer: createServer,
  validateHeaderName: outgoing.validateHeaderName,
  validateHeaderValue: outgoing.validateHeaderValue,
  request: request,
  get: get,
  setMaxIdleHTTPParsers: function setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInteger(max, 'max', 1);
  }
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true, enumerable: true,
  get: function () { return common.maxHeaderSize; }
});

Object.defineProperty(module.exports, 'IncomingMessage', {
  configurable: true, enumerable: true,
  get: function () { return require('_http_incoming').IncomingMessage; }
});

['Server', 'ServerResponse'].forEach(function (name) {
  Object.defineProperty(module.exports, name, {
    configurable: true, enumerable: true,
    get: function () { return loadServer()[name]; }
  });
});

['ClientRequest', 'Agent', 'globalAgent'].forEach(function (name) {
  Object.defineProperty(module.exports, name, {
    configurable: true, enumerable: true,
    get: function () { return loadClient()[name]; }
  });
});
