// One fs operation on its way through the binding (internal to the fs
// binding files; included only by fs_binding*.cpp).
//
// What: a Req carries an operation's arguments in, and its result out. The
// same Req runs either at once on the loop thread (fs.*Sync) or as a
// thread-pool job (callback and promise forms). Its two function pointers
// say what it is: run() does the system call (any thread, no JS) and push()
// turns the result into a JS value (loop thread).
// Invariants: a Req is heap-allocated and deleted on the loop thread once
// its result has been delivered (so its Refs are released there). Nothing
// in it is touched by JS while a worker runs it. Sync paths delete it
// *before* throwing, because a Duktape throw is a longjmp and would skip
// the destructors of its strings and vectors.
// Read first: threadpool/threadpool.hpp, engine/binding.hpp (Ref).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "duktape.h"
#include "engine/binding.hpp"
#include "fs/fs_ops.hpp"

namespace minode::fs {

/// An fs operation in flight (see the file comment).
struct Req {
  /// The blocking work (runs on a pool thread for async calls).
  using RunFn = void (*)(Req&);
  /// Pushes the JS result on the loop thread.
  using PushFn = void (*)(duk_context*, Req&);

  RunFn run = nullptr;    ///< does the work; sets err (negative errno) or results
  PushFn push = nullptr;  ///< pushes the success value (nullptr: undefined)
  const char* syscall = "";  ///< named in the error message
  bool error_has_path = true;   ///< whether the error names path
  bool error_has_dest = false;  ///< and dest

  // Arguments.
  std::string path;         ///< the path (named in the error)
  std::string dest;         ///< second path: rename/copyFile/symlink (named as dest)
  int fd = -1;              ///< fd-level calls
  int flags = 0;            ///< open(2) flags, or copyFile's mode
  int mode = 0;             ///< permission bits
  int uid = 0;              ///< chown
  int gid = 0;              ///< chown
  std::int64_t position = -1;  ///< read/write position (-1: the current one)
  std::int64_t length = 0;  ///< truncate length
  double atime = 0;         ///< utimes, seconds
  double mtime = 0;         ///< utimes, seconds
  char* data = nullptr;  ///< a pinned JS buffer's bytes (read/write)
  std::size_t size = 0;  ///< bytes at data
  bool flag = false;     ///< recursive / withFileTypes / exclusive

  // Results.
  int err = 0;                    ///< 0, or a negative errno
  std::int64_t n = 0;             ///< fd, or bytes read/written
  StatInfo st;                    ///< stat results
  std::string out;                ///< readlink/realpath/mkdtemp/mkdir -p result
  std::vector<DirEntry> entries;  ///< readdir result
  std::vector<char> bytes;        ///< readFile result

  // JS values held while a worker runs.
  engine::Ref callback;  ///< called as callback(err) or callback(null, value)
  engine::Ref keep;      ///< the buffer `data` points into
};

/// Runs r now (callback argument absent) or on the thread pool (the value
/// at cb_idx is a function). Returns what a duk_c_function returns. Takes
/// ownership of r.
duk_ret_t dispatch(duk_context* ctx, Req* r, duk_idx_t cb_idx);

/// Pins the buffer at idx in r->keep and points r->data/size at its bytes.
void hold_buffer(duk_context* ctx, duk_idx_t idx, Req* r);

/// Pushes a Buffer (or, before the buffer layer exists, a Uint8Array)
/// holding a copy of len bytes.
void push_bytes(duk_context* ctx, const char* data, std::size_t len);

/// Adds the operation functions (fs_binding_ops.cpp) to the exports object.
void put_operations(duk_context* ctx, duk_idx_t obj_idx);

/// Adds fs.constants' values to the object at obj_idx (fs_constants.cpp).
void put_constants(duk_context* ctx, duk_idx_t obj_idx);

}  // namespace minode::fs
