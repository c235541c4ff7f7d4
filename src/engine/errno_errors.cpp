// System errors shaped like Node's (see binding.hpp: push_errno_error).
//
// Node reports libuv's error names and messages: "ENOENT: no such file or
// directory, open '/x'" with err.errno = -2 (libuv negates errno on Unix).
// We keep libuv's wording for the common codes; any other code falls back to
// strerror() with a lower-case first letter, which is what libuv does too.
#include <cerrno>
#include <cctype>
#include <cstring>
#include <string>

#include "engine/binding.hpp"

namespace minode::engine {
namespace {

struct ErrnoInfo {
  int err;
  const char* name;
  const char* message;  // nullptr: use strerror()
};

// The common ones, with libuv's messages (uv_strerror).
const ErrnoInfo kErrnos[] = {
    {EPERM, "EPERM", "operation not permitted"},
    {ENOENT, "ENOENT", "no such file or directory"},
    {ESRCH, "ESRCH", "no such process"},
    {EINTR, "EINTR", "interrupted system call"},
    {EIO, "EIO", "i/o error"},
    {EBADF, "EBADF", "bad file descriptor"},
    {EAGAIN, "EAGAIN", "resource temporarily unavailable"},
    {ENOMEM, "ENOMEM", "not enough memory"},
    {EACCES, "EACCES", "permission denied"},
    {EEXIST, "EEXIST", "file already exists"},
    {EXDEV, "EXDEV", "cross-device link not permitted"},
    {ENOTDIR, "ENOTDIR", "not a directory"},
    {EISDIR, "EISDIR", "illegal operation on a directory"},
    {EINVAL, "EINVAL", "invalid argument"},
    {EMFILE, "EMFILE", "too many open files"},
    {ENOSPC, "ENOSPC", "no space left on device"},
    {ESPIPE, "ESPIPE", "invalid seek"},
    {EPIPE, "EPIPE", "broken pipe"},
    {ENAMETOOLONG, "ENAMETOOLONG", "name too long"},
    {ENOTEMPTY, "ENOTEMPTY", "directory not empty"},
    {ELOOP, "ELOOP", "too many symbolic links encountered"},
    {ENOTSOCK, "ENOTSOCK", "socket operation on non-socket"},
    {EADDRINUSE, "EADDRINUSE", "address already in use"},
    {EADDRNOTAVAIL, "EADDRNOTAVAIL", "address not available"},
    {ENETUNREACH, "ENETUNREACH", "network is unreachable"},
    {ECONNABORTED, "ECONNABORTED", "software caused connection abort"},
    {ECONNRESET, "ECONNRESET", "connection reset by peer"},
    {ENOTCONN, "ENOTCONN", "socket is not connected"},
    {ETIMEDOUT, "ETIMEDOUT", "connection timed out"},
    {ECONNREFUSED, "ECONNREFUSED", "connection refused"},
    {EHOSTUNREACH, "EHOSTUNREACH", "host is unreachable"},
    {EALREADY, "EALREADY", "connection already in progress"},
    {EINPROGRESS, "EINPROGRESS", "operation in progress"},
    {ECANCELED, "ECANCELED", "operation canceled"},
    {ENOSYS, "ENOSYS", "function not implemented"},
    {ENOTSUP, "ENOTSUP", "operation not supported on socket"},
    {EROFS, "EROFS", "read-only file system"},
    {EFBIG, "EFBIG", "file too large"},
    {ECHILD, "ECHILD", "no child processes"},
    {E2BIG, "E2BIG", "argument list too long"},
    {ENXIO, "ENXIO", "no such device or address"},
    {ETXTBSY, "ETXTBSY", "text file is busy"},
};

const ErrnoInfo* find_errno(int err) {
  for (const auto& e : kErrnos) {
    if (e.err == err) return &e;
  }
  return nullptr;
}

}  // namespace

const char* errno_name(int err) {
  const ErrnoInfo* info = find_errno(err);
  return info != nullptr ? info->name : "UNKNOWN";
}

void push_errno_error(duk_context* ctx, int err, const char* syscall, const char* path,
                      const char* dest) {
  const ErrnoInfo* info = find_errno(err);
  std::string message;
  if (info != nullptr && info->message != nullptr) {
    message = info->message;
  } else {
    message = std::strerror(err);
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
  }
  std::string text = std::string(errno_name(err)) + ": " + message + ", " + syscall;
  if (path != nullptr) text += std::string(" '") + path + "'";
  if (dest != nullptr) text += std::string(" -> '") + dest + "'";
  duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", text.c_str());
  duk_push_int(ctx, -err);
  duk_put_prop_string(ctx, -2, "errno");
  duk_push_string(ctx, errno_name(err));
  duk_put_prop_string(ctx, -2, "code");
  duk_push_string(ctx, syscall);
  duk_put_prop_string(ctx, -2, "syscall");
  if (path != nullptr) {
    duk_push_string(ctx, path);
    duk_put_prop_string(ctx, -2, "path");
  }
  if (dest != nullptr) {
    duk_push_string(ctx, dest);
    duk_put_prop_string(ctx, -2, "dest");
  }
}

void throw_errno_error(duk_context* ctx, int err, const char* syscall, const char* path,
                       const char* dest) {
  push_errno_error(ctx, err, syscall, path, dest);
  (void)duk_throw(ctx);
  __builtin_unreachable();
}

}  // namespace minode::engine
