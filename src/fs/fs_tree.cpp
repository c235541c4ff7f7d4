// The fs core, multi-step operations (see fs_ops.hpp): mkdir -p, rm -rf,
// copyFile, and the whole-file read and write behind readFile/writeFile.
// Each is still a plain function of its arguments, run either directly
// (fs.*Sync) or as one thread-pool job.
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs/fs_ops.hpp"

namespace minode::fs {
namespace {

int make_dir_p(const std::string& path, int mode, std::string* first) {
  if (::mkdir(path.c_str(), mode) == 0) {
    if (first->empty()) *first = path;
    return 0;
  }
  int err = errno;
  if (err == EEXIST) {
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return 0;
    return -EEXIST;
  }
  if (err != ENOENT) return -err;
  std::string::size_type slash = path.find_last_of('/');
  if (slash == std::string::npos || slash == 0) return -ENOENT;
  int r = make_dir_p(path.substr(0, slash), mode, first);
  if (r < 0) return r;
  if (::mkdir(path.c_str(), mode) == 0) {
    if (first->empty()) *first = path;
    return 0;
  }
  return -errno;
}

// Reads until EOF into out (the size from fstat is a hint only: /proc files
// say 0, and a file may grow while we read).
int read_to_end(int fd, std::size_t hint, std::vector<char>* out) {
  std::size_t used = 0;
  out->resize(hint > 0 ? hint + 1 : 8192);
  for (;;) {
    if (used == out->size()) out->resize(out->size() * 2);
    std::int64_t n = read_file(fd, out->data() + used, out->size() - used, -1);
    if (n < 0) return static_cast<int>(n);
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  out->resize(used);
  return 0;
}

}  // namespace

int make_dir_recursive(const char* path, int mode, std::string* first) {
  std::string p = path;
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return make_dir_p(p, mode, first);
}

int remove_tree(const char* path) {
  struct stat st;
  if (::lstat(path, &st) < 0) return -errno;
  if (!S_ISDIR(st.st_mode)) return unlink_path(path);
  std::vector<DirEntry> entries;
  int r = read_dir(path, &entries);
  if (r < 0) return r;
  std::string base = path;
  if (base.empty() || base.back() != '/') base += '/';
  for (const DirEntry& e : entries) {
    r = remove_tree((base + e.name).c_str());
    if (r < 0 && r != -ENOENT) return r;
  }
  return remove_dir(path);
}

int copy_file(const char* src, const char* dest, bool excl) {
  int in = open_file(src, O_RDONLY, 0);
  if (in < 0) return in;
  struct stat st;
  int err = ::fstat(in, &st) < 0 ? -errno : S_ISDIR(st.st_mode) ? -EISDIR : 0;
  if (err < 0) {
    close_file(in);
    return err;
  }
  int out = open_file(dest, O_WRONLY | O_CREAT | O_TRUNC | (excl ? O_EXCL : 0), st.st_mode & 07777);
  if (out < 0) {
    close_file(in);
    return out;
  }
  char buf[64 * 1024];
  int r = 0;
  for (;;) {
    std::int64_t n = read_file(in, buf, sizeof buf, -1);
    if (n <= 0) { r = static_cast<int>(n); break; }
    for (std::int64_t off = 0; off < n;) {
      std::int64_t w = write_file(out, buf + off, static_cast<std::size_t>(n - off), -1);
      if (w < 0) { r = static_cast<int>(w); break; }
      off += w;
    }
    if (r < 0) break;
  }
  if (r == 0) ::fchmod(out, st.st_mode & 07777);  // as libuv: the mode follows the source
  close_file(in);
  int c = close_file(out);
  return r < 0 ? r : c;
}

int read_whole(const char* path, int flags, std::vector<char>* out, const char** syscall) {
  *syscall = "open";
  int fd = open_file(path, flags, 0666);
  if (fd < 0) return fd;
  struct stat st;
  *syscall = "fstat";
  if (::fstat(fd, &st) < 0) {
    int err = -errno;
    close_file(fd);
    return err;
  }
  *syscall = "read";
  int r = S_ISDIR(st.st_mode) ? -EISDIR
                              : read_to_end(fd, S_ISREG(st.st_mode) ? st.st_size : 0, out);
  close_file(fd);
  return r;
}

int write_whole(const char* path, int flags, int mode, const char* data, std::size_t len,
                const char** syscall) {
  *syscall = "open";
  int fd = open_file(path, flags, mode);
  if (fd < 0) return fd;
  *syscall = "write";
  std::size_t off = 0;
  int r = 0;
  while (off < len) {
    std::int64_t n = write_file(fd, data + off, len - off, -1);
    if (n < 0) { r = static_cast<int>(n); break; }
    off += static_cast<std::size_t>(n);
  }
  int c = close_file(fd);
  if (r == 0 && c < 0) { *syscall = "close"; r = c; }
  return r;
}

}  // namespace minode::fs
