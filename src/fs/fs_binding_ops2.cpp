// internalBinding('fs') operations, continued (see fs_binding_ops.cpp for
// the pattern): metadata changes, syncs, and readFile/writeFile's
// whole-file fast paths, which do open+read+close (or open+write+close) as
// one thread-pool job instead of Node's chain of separate requests.
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "fs/fs_request.hpp"

namespace minode::fs {

extern const engine::FunctionEntry kOpsPart1[];

namespace {

Req* new_req(const char* syscall, Req::RunFn run, Req::PushFn push = nullptr) {
  Req* r = new Req;
  r->syscall = syscall;
  r->run = run;
  r->push = push;
  return r;
}

// (path, int a, int b, cb) and (fd, int a, int b, cb) calls.
duk_ret_t path_ints(duk_context* ctx, const char* syscall, Req::RunFn run, int nints) {
  const char* path = duk_require_string(ctx, 0);
  int a = duk_require_int(ctx, 1), b = nints > 1 ? duk_require_int(ctx, 2) : 0;
  Req* r = new_req(syscall, run);
  r->path = path;
  r->mode = r->uid = a;
  r->gid = b;
  return dispatch(ctx, r, 1 + nints);
}

duk_ret_t fd_ints(duk_context* ctx, const char* syscall, Req::RunFn run, int nints) {
  int fd = duk_require_int(ctx, 0);
  double a = duk_require_number(ctx, 1);
  int b = nints > 1 ? duk_require_int(ctx, 2) : 0;
  Req* r = new_req(syscall, run);
  r->fd = fd;
  r->length = static_cast<std::int64_t>(a);
  r->mode = r->uid = static_cast<int>(a);
  r->gid = b;
  r->error_has_path = false;
  return dispatch(ctx, r, 1 + nints);
}

duk_ret_t op_truncate(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  double len = duk_require_number(ctx, 1);
  // Node truncates by path as open + ftruncate, so its errors say "open".
  Req* r = new_req("open", [](Req& q) { q.err = truncate_path(q.path.c_str(), q.length); });
  r->path = path;
  r->length = static_cast<std::int64_t>(len);
  return dispatch(ctx, r, 2);
}

duk_ret_t op_ftruncate(duk_context* ctx) {
  return fd_ints(ctx, "ftruncate", [](Req& q) { q.err = truncate_fd(q.fd, q.length); }, 1);
}
duk_ret_t op_chmod(duk_context* ctx) {
  return path_ints(ctx, "chmod", [](Req& q) { q.err = change_mode(q.path.c_str(), q.mode); }, 1);
}
duk_ret_t op_fchmod(duk_context* ctx) {
  return fd_ints(ctx, "fchmod", [](Req& q) { q.err = change_mode_fd(q.fd, q.mode); }, 1);
}
duk_ret_t op_chown(duk_context* ctx) {
  return path_ints(ctx, "chown", [](Req& q) { q.err = change_owner(q.path.c_str(), q.uid, q.gid); }, 2);
}
duk_ret_t op_fchown(duk_context* ctx) {
  return fd_ints(ctx, "fchown", [](Req& q) { q.err = change_owner_fd(q.fd, q.uid, q.gid); }, 2);
}

duk_ret_t op_fsync(duk_context* ctx) {
  int fd = duk_require_int(ctx, 0);
  Req* r = new_req("fsync", [](Req& q) { q.err = sync_fd(q.fd); });
  r->fd = fd;
  r->error_has_path = false;
  return dispatch(ctx, r, 1);
}

duk_ret_t op_fdatasync(duk_context* ctx) {
  int fd = duk_require_int(ctx, 0);
  Req* r = new_req("fdatasync", [](Req& q) { q.err = datasync_fd(q.fd); });
  r->fd = fd;
  r->error_has_path = false;
  return dispatch(ctx, r, 1);
}

// utimes(path, atime, mtime, cb) / futimes(fd, ...): times in seconds.
duk_ret_t times_op(duk_context* ctx, bool by_fd) {
  const char* path = by_fd ? nullptr : duk_require_string(ctx, 0);
  int fd = by_fd ? duk_require_int(ctx, 0) : -1;
  double atime = duk_require_number(ctx, 1), mtime = duk_require_number(ctx, 2);
  Req* r = by_fd ? new_req("futime", [](Req& q) { q.err = set_times_fd(q.fd, q.atime, q.mtime); })
                 : new_req("utime", [](Req& q) { q.err = set_times(q.path.c_str(), q.atime, q.mtime); });
  if (path != nullptr) r->path = path;
  r->error_has_path = !by_fd;
  r->fd = fd;
  r->atime = atime;
  r->mtime = mtime;
  return dispatch(ctx, r, 3);
}

duk_ret_t op_utimes(duk_context* ctx) { return times_op(ctx, false); }
duk_ret_t op_futimes(duk_context* ctx) { return times_op(ctx, true); }

void push_file_bytes(duk_context* ctx, Req& r) { push_bytes(ctx, r.bytes.data(), r.bytes.size()); }

// readFile(path, flags, cb) -> Buffer. The worker reads into r.bytes (C++
// memory: a worker may not allocate in the JS heap); the loop thread copies
// it into a Buffer.
duk_ret_t op_read_file(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  int flags = duk_require_int(ctx, 1);
  Req* r = new_req("open", [](Req& q) {
    q.err = read_whole(q.path.c_str(), q.flags, &q.bytes, &q.syscall);
    q.error_has_path = std::strcmp(q.syscall, "open") == 0;  // Node: "EISDIR: ..., read"
  }, push_file_bytes);
  r->path = path;
  r->flags = flags;
  return dispatch(ctx, r, 2);
}

// writeFile(path, buffer, flags, mode, cb): the buffer is pinned meanwhile.
duk_ret_t op_write_file(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  int flags = duk_require_int(ctx, 2), mode = duk_require_int(ctx, 3);
  (void)duk_require_buffer_data(ctx, 1, nullptr);  // throws before the Req exists
  Req* r = new_req("open", [](Req& q) {
    q.err = write_whole(q.path.c_str(), q.flags, q.mode, q.data, q.size, &q.syscall);
    q.error_has_path = std::strcmp(q.syscall, "open") == 0;
  });
  hold_buffer(ctx, 1, r);
  r->path = path;
  r->flags = flags;
  r->mode = mode;
  return dispatch(ctx, r, 4);
}

const engine::FunctionEntry kOpsPart2[] = {
    {"truncate", op_truncate, 3},   {"ftruncate", op_ftruncate, 3}, {"chmod", op_chmod, 3},
    {"fchmod", op_fchmod, 3},       {"chown", op_chown, 4},         {"fchown", op_fchown, 4},
    {"fsync", op_fsync, 2},         {"fdatasync", op_fdatasync, 2}, {"utimes", op_utimes, 4},
    {"futimes", op_futimes, 4},     {"readFile", op_read_file, 3},  {"writeFile", op_write_file, 5},
    {nullptr, nullptr, 0},
};

}  // namespace

void put_operations(duk_context* ctx, duk_idx_t obj_idx) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  engine::put_functions(ctx, obj_idx, kOpsPart1);
  engine::put_functions(ctx, obj_idx, kOpsPart2);
}

}  // namespace minode::fs
