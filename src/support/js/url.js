// url: URL parsing and formatting (Node's `require('url')`).
//
// What: the WHATWG URL API (URL, URLSearchParams, also globals), the
// legacy API (url.parse, url.format, url.resolve, Url) and the file-path
// conversions fileURLToPath / pathToFileURL.
// Interface: URL, URLSearchParams, parse, format, resolve, resolveObject,
// Url, fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII,
// domainToUnicode.
// Invariants: WHATWG parsing lives in internal/url/parser.js and legacy
// parsing in internal/url/legacy.js; this file only adapts between them.
// Read first: internal/url/url_class.js. Doc: api/url.md.
// Simplified: url.resolve uses the WHATWG resolver the way api/url.md
// suggests ("resolve://" base) instead of Node's legacy resolveObject;
// domainToUnicode does not decode 'xn--' labels (ERR_NOT_IMPLEMENTED).
'use strict';

var URL = require('internal/url/url_class').URL;
var URLSearchParams = require('internal/url/search_params').URLSearchParams;
var legacy = require('internal/url/legacy');
var host = require('internal/url/host');
var P = require('internal/url/parser');
var errors = require('internal/errors');
var codes = errors.codes;

function formatURL(url, options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  options = options || {};
  var r = url._record;
  var copy = {};
  for (var k in r) copy[k] = r[k];
  if (options.auth === false) { copy.username = ''; copy.password = ''; }
  if (options.search === false) copy.query = null;
  return P.serialize(copy, options.fragment === false);
}

function format(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = legacy.urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    return formatURL(urlObject, options);
  }
  return legacy.Url.prototype.format.call(urlObject);
}

function resolve(from, to) {
  var resolved = new URL(to, new URL(from, 'resolve://'));
  if (resolved.protocol === 'resolve:') {
    return resolved.pathname + resolved.search + resolved.hash;
  }
  return resolved.toString();
}

legacy.Url.prototype.resolve = function (relative) { return resolve(this.format(), relative); };
legacy.Url.prototype.resolveObject = function (relative) {
  if (typeof relative !== 'string') relative = format(relative);
  return legacy.urlParse(resolve(this.format(), relative));
};

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!(path instanceof URL)) {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  var pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  var resolved = require('path').resolve(filepath);
  if (filepath.charAt(filepath.length - 1) === '/' && resolved !== '/') resolved += '/';
  var out = new URL('file://');
  out.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return out;
}

function urlToHttpOptions(url) {
  var options = Object.create(null);
  var fields = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.charAt(0) === '[' ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: (url.pathname || '') + (url.search || ''),
    href: url.href
  };
  for (var k in fields) options[k] = fields[k];
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  var h = host.parseHost(String(domain), false);
  return h === null ? '' : h;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  var ascii = domainToASCII(domain);
  if (/(^|\.)xn--/.test(ascii)) throw errors.notImplemented('url.domainToUnicode of xn-- labels');
  return ascii;
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: resolve,
  resolveObject: function (source, relative) {
    return legacy.urlParse(source).resolveObject(relative);
  },
  format: format,
  URL: URL,
  URLSearchParams: URLSearchParams,
  domainToASCII: domainToASCII,
  domainToUnicode: domainToUnicode,
  pathToFileURL: pathToFileURL,
  fileURLToPath: fileURLToPath,
  urlToHttpOptions: urlToHttpOptions
};
