// internal/error_messages: the table of Node error codes minode raises.
//
// What: data. Each line registers one code with its message and base class,
// copied from Node v20's lib/internal/errors.js (same wording, same class).
// A message is a util.format template ('%s', '%d', '%j') or a function whose
// `this` is the error being built (so it can attach extra properties).
//
// Interface: register(E, helpers) — called once by internal/errors.
// Adding a code: copy its E(...) line from Node's errors.js, keep the table sorted.
// ERR_NOT_IMPLEMENTED is minode's own: what an unsupported API throws.
//
// Read first: internal/errors.js.  Node doc: api/errors.md § "Node.js error codes"

'use strict';

function inspect(value) {
  return require('internal/util/inspect').inspect(value);
}

function register(E, h) {
  E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
  E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
  E('ERR_ASSERTION', '%s', Error);
  E('ERR_BUFFER_OUT_OF_BOUNDS', function (name) {
    if (name) return '"' + name + '" is outside of buffer bounds';
    return 'Attempt to access memory outside buffer bounds';
  }, RangeError);
  E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
  E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
  E('ERR_CHILD_PROCESS_IPC_REQUIRED',
    "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
  E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
  E('ERR_CONSOLE_WRITABLE_STREAM',
    'Console expects a writable stream instance for %s', TypeError);
  E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
  E('ERR_ENCODING_INVALID_ENCODED_DATA', function (encoding, ret) {
    this.errno = ret;
    return 'The encoded data was not valid for encoding ' + encoding;
  }, TypeError);
  E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
  E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
  E('ERR_FALSY_VALUE_REJECTION', function (reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }, Error);
  E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
  E('ERR_HTTP_BODY_NOT_ALLOWED',
    'Adding content for this request method or response status is not allowed.', Error);
  E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    'Response body\'s content-length of %s byte(s) does not match the ' +
    'content-length of %s byte(s) set in header', Error);
  E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
  E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
  E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
  E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
  E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
  E('ERR_HTTP_SOCKET_ENCODING',
    'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
  E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
  E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
  E('ERR_INCOMPATIBLE_OPTION_PAIR',
    'Option "%s" cannot be used in combination with option "%s"', TypeError);
  E('ERR_INTERNAL_ASSERTION', function (message) {
    var suffix = 'This is caused by either a bug in Node.js ' +
      'or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at ' +
      'https://github.com/nodejs/node/issues\n';
    return message === undefined ? suffix : message + '\n' + suffix;
  }, Error);
  E('ERR_INVALID_ADDRESS_FAMILY', function (addressType, host, port) {
    this.host = host;
    this.port = port;
    return 'Invalid address family: ' + addressType + ' ' + host + ':' + port;
  }, RangeError);
  E('ERR_INVALID_ARG_TYPE', h.invalidArgTypeMessage, TypeError);
  E('ERR_INVALID_ARG_VALUE', function (name, value, reason) {
    if (reason === undefined) reason = 'is invalid';
    var inspected = inspect(value);
    if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
    var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
    return 'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected;
  }, TypeError, RangeError);
  E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
  E('ERR_INVALID_CHAR', function (name, field) {
    var msg = 'Invalid character in ' + name;
    if (field !== undefined) msg += ' ["' + field + '"]';
    return msg;
  }, TypeError);
  E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
  E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
  E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
  E('ERR_INVALID_FILE_URL_HOST',
    'File URL host must be "localhost" or empty on %s', TypeError);
  E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
  E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
  E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
  E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
  E('ERR_INVALID_PACKAGE_CONFIG', function (path, base, message) {
    return 'Invalid package config ' + path + (base ? ' while importing ' + base : '') +
      (message ? '. ' + message : '');
  }, Error);
  E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
  E('ERR_INVALID_RETURN_PROPERTY_VALUE', function (input, name, prop, value) {
    return 'Expected ' + input + ' to be returned for the "' + prop + '" from the' +
      ' "' + name + '" hook but got ' + h.determineSpecificType(value) + '.';
  }, TypeError);
  E('ERR_INVALID_RETURN_VALUE', function (input, name, value) {
    return 'Expected ' + input + ' to be returned from the "' + name + '"' +
      ' function but got ' + h.determineSpecificType(value) + '.';
  }, TypeError, RangeError);
  E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
  E('ERR_INVALID_SYNC_FORK_INPUT',
    'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
    TypeError);
  E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
  E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
  E('ERR_INVALID_URI', 'URI malformed', URIError);
  E('ERR_INVALID_URL', function (input, base) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  }, TypeError);
  E('ERR_INVALID_URL_SCHEME', function (expected) {
    if (typeof expected === 'string') expected = [expected];
    var res = expected.length === 2 ?
      'one of scheme ' + expected[0] + ' or ' + expected[1] :
      'of scheme ' + expected[0];
    return 'The URL must be ' + res;
  }, TypeError);
  E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
  E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
  E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
  E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
  E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
  E('ERR_MISSING_ARGS', function () {
    var len = arguments.length;
    var args = [];
    for (var i = 0; i < len; i++) {
      var a = arguments[i];
      args.push(Array.isArray(a) ?
        a.map(function (x) { return '"' + x + '"'; }).join(' or ') : '"' + a + '"');
    }
    return 'The ' + h.formatList(args) + ' argument' + (len > 1 ? 's' : '') +
      ' must be specified';
  }, TypeError);
  E('ERR_MISSING_OPTION', '%s is required', TypeError);
  E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
  E('ERR_NOT_IMPLEMENTED', '%s is not implemented in minode', Error);
  E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
  E('ERR_OUT_OF_RANGE', function (str, range, input, replaceDefaultBoolean) {
    var msg = replaceDefaultBoolean ? str : 'The value of "' + str + '" is out of range.';
    var received;
    if (typeof input === 'number' && isFinite(input) && Math.floor(input) === input &&
        Math.abs(input) > 4294967296) {
      received = h.addNumericalSeparator(String(input));
    } else {
      received = inspect(input);
    }
    return msg + ' It must be ' + range + '. Received ' + received;
  }, RangeError);
  E('ERR_REQUIRE_ESM', function (filename, hasEsmSyntax, parentPath) {
    var msg = 'require() of ES Module ' + filename +
      (parentPath ? ' from ' + parentPath : '') + ' not supported.';
    if (filename.slice(-4) === '.mjs') {
      msg += '\nInstead change the require of ' + filename + ' to a dynamic ' +
        'import() which is available in all CommonJS modules.';
    }
    return msg;
  }, Error);
  E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
  E('ERR_SERVER_ALREADY_LISTEN',
    'Listen method has been called more than once without closing.', Error);
  E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
  E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
  E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
  E('ERR_SOCKET_BAD_PORT', function (name, port, allowZero) {
    if (allowZero === undefined) allowZero = true;
    return name + ' should be ' + (allowZero ? '>=' : '>') + ' 0 and < 65536. Received ' +
      h.determineSpecificType(port) + '.';
  }, RangeError);
  E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
  E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
  E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
    'Socket closed before the connection was established', Error);
  E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
  E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
  E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
  E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
  E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
  E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
  E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
  E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
  E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
  E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
  E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
  E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
  E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
  E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
  E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
    '`process.setupUncaughtExceptionCapture()` was called while a capture ' +
    'callback was already active', Error);
  E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
  E('ERR_UNHANDLED_ERROR', function (err) {
    var msg = 'Unhandled error.';
    if (err === undefined) return msg;
    return msg + ' (' + err + ')';
  }, Error);
  E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
  E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
  E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
  E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
  E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
  E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
}

module.exports = { register: register };
