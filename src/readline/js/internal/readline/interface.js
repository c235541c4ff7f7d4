// internal/readline/interface: readline's Interface, the line splitter.
//
// What: an EventEmitter over a Readable `input`: bytes are decoded as UTF-8
//   (a StringDecoder, so a character split across chunks survives), cut at
//   \n, \r\n or a lone \r, and each line is emitted as 'line' -- or handed to
//   the pending question()'s callback. At input 'end' a last unterminated
//   line is emitted and the interface closes. prompt()/question() write
//   their text to `output` when there is one.
// Interface: InterfaceConstructor(self, input, output, completer, terminal)
//   initializes `self` (options object form too: { input, output, prompt,
//   crlfDelay, terminal, signal, ... }); install(Interface) adds the
//   methods: close, pause, resume, write, prompt, setPrompt, getPrompt,
//   [Symbol.asyncIterator]; kQuestion(self, query, cb) is question()'s core
//   (readline.js and readline/promises.js wrap it).
// Invariants:
//   * 'line' and question callbacks run in input order; one question at a
//     time (a second question() while one is pending only re-prompts).
//   * close() is idempotent: pause() (input.pause(), 'pause'), closed = true,
//     'close', input listeners removed -- so a paused process.stdin stops
//     keeping the process alive.
//   * A \r at the end of a chunk ends a line; a \n arriving within crlfDelay
//     ms after it (default and minimum 100) is the rest of that \r\n.
// Not implemented: terminal mode (raw input, cursor editing, history,
//   completion, 'SIGINT'): terminal is always false and terminal: true throws
//   ERR_NOT_IMPLEMENTED. On a TTY the kernel's line editing still works.
// Read first: src/buffer/js/string_decoder.js; then line_iterator.js.
// Node: lib/internal/readline/interface.js. Doc: api/readline.md.
'use strict';

var EventEmitter = require('events');
var StringDecoder = require('string_decoder').StringDecoder;
var errors = require('internal/errors');
var codes = errors.codes;

var kMinCrlfDelay = 100;
var lineEnding = /\r?\n|\r(?!\n)/g;

function InterfaceConstructor(self, input, output, completer, terminal) {
  var prompt = '> ';
  var crlfDelay;
  var signal;
  if (input && input.input) {  // the options-object form
    var o = input;
    output = o.output;
    completer = o.completer;
    terminal = o.terminal;
    signal = o.signal;
    if (o.prompt !== undefined) prompt = o.prompt;
    crlfDelay = o.crlfDelay;
    input = o.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (terminal === true) throw errors.notImplemented('readline terminal mode (terminal: true)');
  EventEmitter.call(self);
  self.input = input;
  self.output = output;
  self.completer = completer;
  self.terminal = false;
  self.line = '';
  self.cursor = 0;
  self.history = [];
  self.closed = false;
  self.paused = false;
  self.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  self._prompt = prompt;
  self._oldPrompt = prompt;
  self._questionCallback = null;
  self._lineBuffer = null;
  self._sawReturnAt = 0;
  self._decoder = new StringDecoder('utf8');
  self._lineIterator = undefined;
  listen(self, input);
  if (signal) watchSignal(self, signal);
  input.resume();
}

function listen(self, input) {
  function onerror(err) { self.emit('error', err); }
  function ondata(data) { normalWrite(self, data); }
  function onend() {
    // Node emits a last unterminated line as 'line' even with a question pending.
    if (typeof self._lineBuffer === 'string' && self._lineBuffer.length > 0) {
      self.emit('line', self._lineBuffer);
    }
    self.close();
  }
  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  self.once('close', function () {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });
}

function watchSignal(self, signal) {
  if (signal.aborted) {
    process.nextTick(function () { self.close(); });
    return;
  }
  var onAbort = function () { self.close(); };
  signal.addEventListener('abort', onAbort, { once: true });
  self.once('close', function () { signal.removeEventListener('abort', onAbort); });
}

// @anchor readline-split
// One chunk of input: complete lines go out, the unfinished tail waits.
function normalWrite(self, b) {
  if (b === undefined) return;
  var string = typeof b === 'string' ? b : self._decoder.write(b);
  if (self._sawReturnAt && Date.now() - self._sawReturnAt <= self.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
    self._sawReturnAt = 0;
  }
  lineEnding.lastIndex = 0;
  var match = lineEnding.exec(string);
  if (match === null) {
    if (string) self._lineBuffer = self._lineBuffer ? self._lineBuffer + string : string;
    return;
  }
  if (self._lineBuffer) {
    string = self._lineBuffer + string;
    self._lineBuffer = null;
    lineEnding.lastIndex = 0;
    match = lineEnding.exec(string);
  }
  self._sawReturnAt = string.charCodeAt(string.length - 1) === 13 ? Date.now() : 0;
  var lines = [];
  var start = 0;
  while (match !== null) {
    lines.push(string.slice(start, match.index));
    start = lineEnding.lastIndex;
    match = lineEnding.exec(string);
  }
  self._lineBuffer = string.slice(start);
  for (var i = 0; i < lines.length; i++) onLine(self, lines[i]);
}

function onLine(self, line) {
  if (self._questionCallback) {
    var cb = self._questionCallback;
    self._questionCallback = null;
    self.setPrompt(self._oldPrompt);
    cb(line);
  } else {
    self.emit('line', line);
  }
}

function kQuestion(self, query, cb) {
  if (self.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
  if (self._questionCallback) {
    self.prompt();
  } else {
    self._oldPrompt = self._prompt;
    self.setPrompt(query);
    self._questionCallback = cb;
    self.prompt();
  }
}

function writeToOutput(self, s) {
  if (typeof s !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('stringToWrite', 'string', s);
  if (self.output !== null && self.output !== undefined) self.output.write(s);
}

function install(Interface) {
  Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Interface, EventEmitter);
  var proto = Interface.prototype;
  proto.setPrompt = function setPrompt(prompt) { this._prompt = prompt; };
  proto.getPrompt = function getPrompt() { return this._prompt; };
  proto.prompt = function prompt(preserveCursor) {
    if (this.paused) this.resume();
    writeToOutput(this, this._prompt);
  };
  proto.pause = function pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  };
  proto.resume = function resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  };
  // Non-terminal write(): the text is handled as if it came from input.
  proto.write = function write(d, key) {
    if (this.paused) this.resume();
    normalWrite(this, d);
  };
  proto.close = function close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  };
  proto.getCursorPos = function getCursorPos() {
    return { rows: 0, cols: this.cursor + this._prompt.length };
  };
  proto[Symbol.asyncIterator] = function () {
    if (this._lineIterator === undefined) {
      this._lineIterator = require('internal/readline/line_iterator').create(this);
    }
    return this._lineIterator;
  };
}

module.exports = {
  InterfaceConstructor: InterfaceConstructor,
  install: install,
  kQuestion: kQuestion
};
