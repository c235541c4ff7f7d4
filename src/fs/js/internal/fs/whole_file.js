// internal/fs/whole_file: readFile, writeFile and appendFile, callback and
// sync forms, by path or by fd.
//
// What: by path, one binding call does the whole job (open, read or write
// everything, close) as a single thread-pool request; Node chains separate
// open/fstat/read/close requests instead (lib/internal/fs/read/context.js).
// One request means one trip through the pool and one poll-phase callback.
// By fd (a number), the file is read or written in a loop of fs.read/write
// calls from the current position, as Node does.
// Interface: readFile, readFileSync, writeFile, writeFileSync, appendFile,
//   appendFileSync.
// Read first: internal/fs/fd_ops.js. Node doc: api/fs.md § "fs.readFile(path[, options], callback)",
//   "fs.writeFile(file, data[, options], callback)", "fs.appendFile(path, data[, options], callback)".
'use strict';

var binding = internalBinding('fs');
var utils = require('internal/fs/utils');
var fdOps = require('internal/fs/fd_ops');

var kChunk = 64 * 1024;

function readFile(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = utils.makeCallback(callback);
  options = utils.getOptions(options, { flag: 'r' });
  if (typeof path === 'number') return readFd(utils.validateFd(path), options.encoding, callback);
  path = utils.getValidatedPath(path);
  binding.readFile(path, utils.stringToFlags(options.flag), function (err, bytes) {
    if (err) return callback(err);
    var result;
    try { result = utils.fromBytes(bytes, options.encoding); } catch (e) { return callback(e); }
    callback(null, result);
  });
}

function readFileSync(path, options) {
  options = utils.getOptions(options, { flag: 'r' });
  if (typeof path === 'number') return readFdSync(utils.validateFd(path), options.encoding);
  path = utils.getValidatedPath(path);
  return utils.fromBytes(binding.readFile(path, utils.stringToFlags(options.flag)), options.encoding);
}

// Reads fd from its current position to EOF, chunk by chunk.
function readFd(fd, encoding, callback) {
  var chunks = [];
  function next() {
    var buf = Buffer.allocUnsafe(kChunk);
    binding.read(fd, buf, 0, kChunk, -1, function (err, n) {
      if (err) return callback(err);
      if (n === 0) return callback(null, finish(chunks, encoding));
      chunks.push(n === kChunk ? buf : buf.subarray(0, n));
      next();
    });
  }
  next();
}

function readFdSync(fd, encoding) {
  var chunks = [];
  for (;;) {
    var buf = Buffer.allocUnsafe(kChunk);
    var n = binding.read(fd, buf, 0, kChunk, -1);
    if (n === 0) break;
    chunks.push(n === kChunk ? buf : buf.subarray(0, n));
  }
  return finish(chunks, encoding);
}

function finish(chunks, encoding) {
  var all = Buffer.concat(chunks);
  return encoding && encoding !== 'buffer' ? all.toString(encoding) : all;
}

function writeArgs(data, options, flag) {
  options = utils.getOptions(options, { encoding: 'utf8', mode: 438, flag: flag });
  return {
    bytes: utils.toBytes(data, options.encoding),
    flags: utils.stringToFlags(options.flag),
    mode: utils.parseFileMode(options.mode, 'mode', 438)
  };
}

function writeFile(file, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = utils.makeCallback(callback);
  var a = writeArgs(data, options, 'w');
  if (typeof file === 'number') return writeFd(utils.validateFd(file), a.bytes, callback);
  file = utils.getValidatedPath(file, 'path');
  binding.writeFile(file, a.bytes, a.flags, a.mode, fdOps.done(callback));
}

function writeFileSync(file, data, options) {
  var a = writeArgs(data, options, 'w');
  if (typeof file === 'number') return writeFdSync(utils.validateFd(file), a.bytes);
  binding.writeFile(utils.getValidatedPath(file, 'path'), a.bytes, a.flags, a.mode);
}

function writeFd(fd, bytes, callback) {
  var off = 0;
  function next() {
    if (off >= bytes.length) return callback(null);
    binding.write(fd, bytes, off, bytes.length - off, -1, function (err, n) {
      if (err) return callback(err);
      off += n;
      next();
    });
  }
  next();
}

function writeFdSync(fd, bytes) {
  for (var off = 0; off < bytes.length;) off += binding.write(fd, bytes, off, bytes.length - off, -1);
}

function appendOptions(options) {
  options = utils.getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
  if (options.flag === undefined) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  writeFile(path, data, appendOptions(options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

module.exports = {
  readFile: readFile, readFileSync: readFileSync,
  writeFile: writeFile, writeFileSync: writeFileSync,
  appendFile: appendFile, appendFileSync: appendFileSync
};
