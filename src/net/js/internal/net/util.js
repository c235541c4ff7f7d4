// internal/net/util: the small helpers net's Socket and Server share.
//
// What: Node-shaped system errors for sockets (the messages Node builds in
//   lib/internal/errors.js: errnoException, exceptionWithHostPort,
//   UVExceptionWithHostPort), argument normalisation (normalizeArgs), and
//   isIP / isIPv4 / isIPv6.
// Interface: errnoException(err, syscall[, original]),
//   exceptionWithHostPort(err, syscall, address, port[, additional]),
//   uvExceptionWithHostPort(err, syscall, address, port),
//   normalizeArgs(args) -> [options, cb] (marked normalized), isPipeName(s),
//   toNumber(x), isIP(s), isIPv4(s), isIPv6(s).
// Invariants: err is a negative errno number from internalBinding('net');
//   err.errno keeps it negative, err.code is its name ('ECONNREFUSED').
// Read first: nothing. Node: lib/internal/errors.js, lib/net.js (normalizeArgs).
'use strict';

var binding = internalBinding('net');

var kNormalized = '__minodeNormalizedArgs';

function systemError(err, syscall, message) {
  var e = new Error(message);
  e.errno = err;
  e.code = binding.errname(err)[0];
  e.syscall = syscall;
  return e;
}

// "read ECONNRESET" (no libuv message, as Node's errnoException).
function errnoException(err, syscall, original) {
  var code = binding.errname(err)[0];
  var message = original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code;
  return systemError(err, syscall, message);
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ' ' + address + ':' + port;
  if (address) return ' ' + address;
  return '';
}

// "connect ECONNREFUSED 127.0.0.1:1"
function exceptionWithHostPort(err, syscall, address, port, additional) {
  var code = binding.errname(err)[0];
  var details = hostPortDetails(address, port);
  if (additional) details += ' - Local (' + additional + ')';
  var e = systemError(err, syscall, syscall + ' ' + code + details);
  e.address = address;
  if (port) e.port = port;
  return e;
}

// "listen EADDRINUSE: address already in use :::3000"
function uvExceptionWithHostPort(err, syscall, address, port) {
  var info = binding.errname(err);
  var details = hostPortDetails(address, port);
  var e = systemError(err, syscall, syscall + ' ' + info[0] + ': ' + info[1] + details);
  e.address = address;
  if (port) e.port = port;
  return e;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// Returns [options, cb], the shape every net entry point takes apart:
// (options[, cb]), (path[, cb]), (port[, host][, ...][, cb]).
function normalizeArgs(args) {
  var arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[kNormalized] = true;
    return arr;
  }
  var arg0 = args[0];
  var options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  var cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[kNormalized] = true;
  return arr;
}

function isNormalized(x) {
  return Array.isArray(x) && x[kNormalized] === true;
}

function isIP(input) {
  return binding.isIP(String(input));
}

function isIPv4(input) {
  return isIP(input) === 4;
}

function isIPv6(input) {
  return isIP(input) === 6;
}

module.exports = {
  errnoException: errnoException,
  exceptionWithHostPort: exceptionWithHostPort,
  uvExceptionWithHostPort: uvExceptionWithHostPort,
  normalizeArgs: normalizeArgs,
  isNormalized: isNormalized,
  isPipeName: isPipeName,
  toNumber: toNumber,
  isIP: isIP,
  isIPv4: isIPv4,
  isIPv6: isIPv6
};
