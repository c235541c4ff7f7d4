// internalBinding('fs') operations: one small function per fs call. Each
// reads its arguments off the value stack (fs.js has already validated
// them), fills a Req with a run() and a push(), and hands it to dispatch()
// (fs_binding.cpp), which runs it now or on the thread pool. The last
// argument is always the optional callback.
//
// Arguments are read *before* the Req is allocated: duk_require_* throws
// (a longjmp) on a bad value, and a Req allocated before it would leak.
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include "fs/fs_request.hpp"

namespace minode::fs {
namespace {

Req* new_req(const char* syscall, Req::RunFn run, Req::PushFn push = nullptr) {
  Req* r = new Req;
  r->syscall = syscall;
  r->run = run;
  r->push = push;
  return r;
}

std::int64_t get_position(duk_context* ctx, duk_idx_t idx) {
  return duk_is_number(ctx, idx) ? static_cast<std::int64_t>(duk_get_number(ctx, idx)) : -1;
}

// Result pushers.
void push_n(duk_context* ctx, Req& r) { duk_push_number(ctx, static_cast<double>(r.n)); }
void push_out(duk_context* ctx, Req& r) { duk_push_lstring(ctx, r.out.data(), r.out.size()); }
void push_out_or_undefined(duk_context* ctx, Req& r) {
  if (r.out.empty()) duk_push_undefined(ctx); else push_out(ctx, r);
}

// A Stats' fields as an array, in the order internal/fs/utils.js reads them.
void push_stat(duk_context* ctx, Req& r) {
  const StatInfo& s = r.st;
  const double v[] = {s.dev, s.mode, s.nlink, s.uid, s.gid, s.rdev, s.blksize, s.ino, s.size,
                      s.blocks, s.atime_ms, s.mtime_ms, s.ctime_ms, s.birthtime_ms};
  duk_push_array(ctx);
  for (duk_uarridx_t i = 0; i < sizeof v / sizeof v[0]; ++i) {
    duk_push_number(ctx, v[i]);
    duk_put_prop_index(ctx, -2, i);
  }
}

// readdir: names, or [names, types] with withFileTypes.
void push_entries(duk_context* ctx, Req& r) {
  if (r.flag) duk_push_array(ctx);
  duk_push_array(ctx);
  for (duk_uarridx_t i = 0; i < r.entries.size(); ++i) {
    duk_push_lstring(ctx, r.entries[i].name.data(), r.entries[i].name.size());
    duk_put_prop_index(ctx, -2, i);
  }
  if (!r.flag) return;
  duk_put_prop_index(ctx, -2, 0);
  duk_push_array(ctx);
  for (duk_uarridx_t i = 0; i < r.entries.size(); ++i) {
    duk_push_int(ctx, r.entries[i].type);
    duk_put_prop_index(ctx, -2, i);
  }
  duk_put_prop_index(ctx, -2, 1);
}

// A call taking one path (and nothing else) and returning nothing.
duk_ret_t path_op(duk_context* ctx, const char* syscall, Req::RunFn run, Req::PushFn push = nullptr) {
  const char* path = duk_require_string(ctx, 0);
  Req* r = new_req(syscall, run, push);
  r->path = path;
  return dispatch(ctx, r, 1);
}

// A call taking one fd and returning nothing.
duk_ret_t fd_op(duk_context* ctx, const char* syscall, Req::RunFn run, Req::PushFn push = nullptr) {
  int fd = duk_require_int(ctx, 0);
  Req* r = new_req(syscall, run, push);
  r->fd = fd;
  r->error_has_path = false;
  return dispatch(ctx, r, 1);
}

// A call taking two paths (the error shows both: 'a' -> 'b').
duk_ret_t two_path_op(duk_context* ctx, const char* syscall, Req::RunFn run, duk_idx_t cb) {
  const char* a = duk_require_string(ctx, 0);
  const char* b = duk_require_string(ctx, 1);
  int flags = duk_get_int_default(ctx, 2, 0);
  Req* r = new_req(syscall, run);
  r->path = a;
  r->dest = b;
  r->flags = flags;
  r->error_has_dest = true;
  return dispatch(ctx, r, cb);
}

duk_ret_t op_open(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  int flags = duk_require_int(ctx, 1), mode = duk_require_int(ctx, 2);
  Req* r = new_req("open", [](Req& q) {
    int fd = open_file(q.path.c_str(), q.flags, q.mode);
    q.err = fd < 0 ? fd : 0;
    q.n = fd;
  }, push_n);
  r->path = path;
  r->flags = flags;
  r->mode = mode;
  return dispatch(ctx, r, 3);
}

duk_ret_t op_close(duk_context* ctx) {
  return fd_op(ctx, "close", [](Req& q) { q.err = close_file(q.fd); });
}

// read(fd, buffer, offset, length, position, cb) / write(...): the buffer
// is pinned while a worker reads into or writes from it.
duk_ret_t rw_op(duk_context* ctx, bool is_read) {
  int fd = duk_require_int(ctx, 0);
  auto offset = static_cast<std::size_t>(duk_require_number(ctx, 2));
  auto length = static_cast<std::size_t>(duk_require_number(ctx, 3));
  std::int64_t position = get_position(ctx, 4);
  Req* r = is_read ? new_req("read", [](Req& q) {
                       std::int64_t n = read_file(q.fd, q.data, q.size, q.position);
                       q.err = n < 0 ? static_cast<int>(n) : 0;
                       q.n = n;
                     }, push_n)
                   : new_req("write", [](Req& q) {
                       std::int64_t n = write_file(q.fd, q.data, q.size, q.position);
                       q.err = n < 0 ? static_cast<int>(n) : 0;
                       q.n = n;
                     }, push_n);
  hold_buffer(ctx, 1, r);  // cannot throw: fs.js passed a buffer
  if (offset > r->size) offset = r->size;
  if (length > r->size - offset) length = r->size - offset;
  r->data += offset;
  r->size = length;
  r->fd = fd;
  r->position = position;
  r->error_has_path = false;
  return dispatch(ctx, r, 5);
}

duk_ret_t op_read(duk_context* ctx) { return rw_op(ctx, true); }
duk_ret_t op_write(duk_context* ctx) { return rw_op(ctx, false); }

duk_ret_t op_stat(duk_context* ctx) {
  return path_op(ctx, "stat", [](Req& q) { q.err = stat_path(q.path.c_str(), true, &q.st); }, push_stat);
}
duk_ret_t op_lstat(duk_context* ctx) {
  return path_op(ctx, "lstat", [](Req& q) { q.err = stat_path(q.path.c_str(), false, &q.st); }, push_stat);
}
duk_ret_t op_fstat(duk_context* ctx) {
  return fd_op(ctx, "fstat", [](Req& q) { q.err = stat_fd(q.fd, &q.st); }, push_stat);
}

duk_ret_t op_access(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  int mode = duk_require_int(ctx, 1);
  Req* r = new_req("access", [](Req& q) { q.err = access_path(q.path.c_str(), q.mode); });
  r->path = path;
  r->mode = mode;
  return dispatch(ctx, r, 2);
}

duk_ret_t op_readdir(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  bool types = duk_to_boolean(ctx, 1);
  Req* r = new_req("scandir", [](Req& q) { q.err = read_dir(q.path.c_str(), &q.entries); }, push_entries);
  r->path = path;
  r->flag = types;
  return dispatch(ctx, r, 2);
}

duk_ret_t op_mkdir(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  int mode = duk_require_int(ctx, 1);
  bool recursive = duk_to_boolean(ctx, 2);
  Req* r = recursive
      ? new_req("mkdir", [](Req& q) { q.err = make_dir_recursive(q.path.c_str(), q.mode, &q.out); },
                push_out_or_undefined)
      : new_req("mkdir", [](Req& q) { q.err = make_dir(q.path.c_str(), q.mode); });
  r->path = path;
  r->mode = mode;
  return dispatch(ctx, r, 3);
}

duk_ret_t op_mkdtemp(duk_context* ctx) {
  const char* prefix = duk_require_string(ctx, 0);
  Req* r = new_req("mkdtemp", [](Req& q) { q.err = make_temp_dir(q.dest.c_str(), &q.out); }, push_out);
  r->dest = prefix;
  r->path = r->dest + "XXXXXX";  // the error names the template, as Node's does
  return dispatch(ctx, r, 1);
}

duk_ret_t op_rmdir(duk_context* ctx) {
  return path_op(ctx, "rmdir", [](Req& q) { q.err = remove_dir(q.path.c_str()); });
}
duk_ret_t op_unlink(duk_context* ctx) {
  return path_op(ctx, "unlink", [](Req& q) { q.err = unlink_path(q.path.c_str()); });
}
duk_ret_t op_rmtree(duk_context* ctx) {
  return path_op(ctx, "rm", [](Req& q) { q.err = remove_tree(q.path.c_str()); });
}
duk_ret_t op_readlink(duk_context* ctx) {
  return path_op(ctx, "readlink", [](Req& q) { q.err = read_link(q.path.c_str(), &q.out); }, push_out);
}
duk_ret_t op_realpath(duk_context* ctx) {
  return path_op(ctx, "realpath", [](Req& q) { q.err = real_path(q.path.c_str(), &q.out); }, push_out);
}

duk_ret_t op_rename(duk_context* ctx) {
  return two_path_op(ctx, "rename", [](Req& q) { q.err = rename_path(q.path.c_str(), q.dest.c_str()); }, 2);
}
duk_ret_t op_copyfile(duk_context* ctx) {
  return two_path_op(ctx, "copyfile", [](Req& q) {
    q.err = copy_file(q.path.c_str(), q.dest.c_str(), (q.flags & 1) != 0);  // COPYFILE_EXCL
  }, 3);
}
duk_ret_t op_symlink(duk_context* ctx) {
  return two_path_op(ctx, "symlink", [](Req& q) { q.err = make_symlink(q.path.c_str(), q.dest.c_str()); }, 2);
}

}  // namespace

// The rest (truncate, chmod, chown, utimes, sync, whole-file I/O) are in
// fs_binding_ops2.cpp, which puts both tables on the exports object.
extern const engine::FunctionEntry kOpsPart1[];
const engine::FunctionEntry kOpsPart1[] = {
    {"open", op_open, 4},          {"close", op_close, 2},     {"read", op_read, 6},
    {"write", op_write, 6},        {"stat", op_stat, 2},       {"lstat", op_lstat, 2},
    {"fstat", op_fstat, 2},        {"access", op_access, 3},   {"readdir", op_readdir, 3},
    {"mkdir", op_mkdir, 4},        {"mkdtemp", op_mkdtemp, 2}, {"rmdir", op_rmdir, 2},
    {"unlink", op_unlink, 2},      {"rmtree", op_rmtree, 2},   {"readlink", op_readlink, 2},
    {"realpath", op_realpath, 2},  {"rename", op_rename, 3},   {"copyFile", op_copyfile, 4},
    {"symlink", op_symlink, 3},    {nullptr, nullptr, 0},
};

}  // namespace minode::fs
