// fs: require('fs').
//
// What: the file system module, assembled from its parts: fd-level calls
// (internal/fs/fd_ops), path calls (internal/fs/path_ops), whole-file
// reads and writes (internal/fs/whole_file), the promise API
// (internal/fs/promises) and the streams (internal/fs/streams).
// Every call has a callback form, which runs on the thread pool and calls
// back in the poll phase, and a *Sync form, which blocks the loop thread.
// Interface: Node's fs (see api/fs.md); fs.watch/watchFile/unwatchFile
//   throw ERR_NOT_IMPLEMENTED.
// Invariants: bad arguments throw synchronously in every form but the
//   promise one (which rejects); errors from the system carry code, errno
//   (negative), syscall, path (and dest for two-path calls).
// Read first: internal/fs/utils.js, then src/fs/fs_binding.cpp.
// Node doc: api/fs.md. Chapter: chapters/07-threadpool-and-fs.md.
'use strict';

var errors = require('internal/errors');
var utils = require('internal/fs/utils');
var parts = [require('internal/fs/fd_ops'), require('internal/fs/path_ops'),
  require('internal/fs/whole_file')];

var fs = module.exports;
for (var i = 0; i < parts.length; i++) {
  for (var name in parts[i]) {
    if (name !== 'done') fs[name] = parts[i][name];
  }
}

fs.constants = internalBinding('fs').constants;
fs.F_OK = fs.constants.F_OK;
fs.R_OK = fs.constants.R_OK;
fs.W_OK = fs.constants.W_OK;
fs.X_OK = fs.constants.X_OK;
fs.Stats = utils.Stats;
fs.Dirent = utils.Dirent;

function notImplemented(what) {
  return function () { throw errors.notImplemented(what); };
}
fs.watch = notImplemented('fs.watch');
fs.watchFile = notImplemented('fs.watchFile');
fs.unwatchFile = notImplemented('fs.unwatchFile');

// Loaded on first use: most scripts never touch promises or streams.
function lazy(name, load) {
  Object.defineProperty(fs, name, {
    configurable: true, enumerable: true,
    get: function () { return load(); }
  });
}
lazy('promises', function () { return require('internal/fs/promises'); });
lazy('ReadStream', function () { return require('internal/fs/streams').ReadStream; });
lazy('WriteStream', function () { return require('internal/fs/streams').WriteStream; });
fs.createReadStream = function createReadStream(path, options) {
  return new (require('internal/fs/streams').ReadStream)(path, options);
};
fs.createWriteStream = function createWriteStream(path, options) {
  return new (require('internal/fs/streams').WriteStream)(path, options);
};
