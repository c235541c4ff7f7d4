// The fs core, single calls (see fs_ops.hpp). Each function is its system
// call plus the errno convention; the multi-step ones are in fs_tree.cpp.
#include "fs/fs_ops.hpp"

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace minode::fs {
namespace {

// The errno convention: a result < 0 becomes -errno.
int check(int r) { return r < 0 ? -errno : r; }
std::int64_t check64(ssize_t r) { return r < 0 ? -static_cast<std::int64_t>(errno) : r; }

double ms(const struct timespec& ts) {
  return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void fill(const struct stat& st, StatInfo* out) {
  out->dev = static_cast<double>(st.st_dev);
  out->mode = st.st_mode;
  out->nlink = static_cast<double>(st.st_nlink);
  out->uid = st.st_uid;
  out->gid = st.st_gid;
  out->rdev = static_cast<double>(st.st_rdev);
  out->blksize = static_cast<double>(st.st_blksize);
  out->ino = static_cast<double>(st.st_ino);
  out->size = static_cast<double>(st.st_size);
  out->blocks = static_cast<double>(st.st_blocks);
  out->atime_ms = ms(st.st_atim);
  out->mtime_ms = ms(st.st_mtim);
  out->ctime_ms = ms(st.st_ctim);
  // Linux's stat(2) has no birth time (statx has); libuv reports ctime then.
  out->birthtime_ms = out->ctime_ms;
}

int dirent_type(unsigned char t) {
  switch (t) {
    case DT_REG: return kFile;
    case DT_DIR: return kDir;
    case DT_LNK: return kLink;
    case DT_FIFO: return kFifo;
    case DT_SOCK: return kSocket;
    case DT_CHR: return kChar;
    case DT_BLK: return kBlock;
    default: return kUnknown;
  }
}

struct timespec to_timespec(double seconds) {
  struct timespec ts;
  double whole = std::floor(seconds);
  ts.tv_sec = static_cast<time_t>(whole);
  ts.tv_nsec = static_cast<long>((seconds - whole) * 1e9);
  return ts;
}

}  // namespace

int open_file(const char* path, int flags, int mode) {
  int fd;
  do fd = ::open(path, flags | O_CLOEXEC, mode); while (fd < 0 && errno == EINTR);
  return check(fd);
}

int close_file(int fd) {
  // Never retry close on EINTR: on Linux the fd is gone either way.
  int r = ::close(fd);
  return r < 0 && errno == EINTR ? 0 : check(r);
}

std::int64_t read_file(int fd, void* buf, std::size_t len, std::int64_t position) {
  ssize_t n;
  do {
    n = position < 0 ? ::read(fd, buf, len) : ::pread(fd, buf, len, position);
  } while (n < 0 && errno == EINTR);
  return check64(n);
}

std::int64_t write_file(int fd, const void* buf, std::size_t len, std::int64_t position) {
  ssize_t n;
  do {
    n = position < 0 ? ::write(fd, buf, len) : ::pwrite(fd, buf, len, position);
  } while (n < 0 && errno == EINTR);
  return check64(n);
}

int stat_path(const char* path, bool follow, StatInfo* out) {
  struct stat st;
  int r = follow ? ::stat(path, &st) : ::lstat(path, &st);
  if (r == 0) fill(st, out);
  return check(r);
}

int stat_fd(int fd, StatInfo* out) {
  struct stat st;
  int r = ::fstat(fd, &st);
  if (r == 0) fill(st, out);
  return check(r);
}

int access_path(const char* path, int mode) { return check(::access(path, mode)); }

int read_dir(const char* path, std::vector<DirEntry>* out) {
  DIR* dir = ::opendir(path);
  if (dir == nullptr) return -errno;
  errno = 0;
  while (struct dirent* e = ::readdir(dir)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    out->push_back(DirEntry{name, dirent_type(e->d_type)});
  }
  int err = errno;
  ::closedir(dir);
  return err != 0 ? -err : 0;
}

int make_dir(const char* path, int mode) { return check(::mkdir(path, mode)); }

int make_temp_dir(const char* prefix, std::string* out) {
  std::string tmpl = std::string(prefix) + "XXXXXX";
  if (::mkdtemp(&tmpl[0]) == nullptr) return -errno;
  *out = tmpl;
  return 0;
}

int remove_dir(const char* path) { return check(::rmdir(path)); }
int unlink_path(const char* path) { return check(::unlink(path)); }
int rename_path(const char* from, const char* to) { return check(::rename(from, to)); }
int truncate_path(const char* path, std::int64_t len) { return check(::truncate(path, len)); }
int truncate_fd(int fd, std::int64_t len) { return check(::ftruncate(fd, len)); }
int make_symlink(const char* target, const char* path) { return check(::symlink(target, path)); }

int read_link(const char* path, std::string* out) {
  char buf[PATH_MAX];
  ssize_t n = ::readlink(path, buf, sizeof buf);
  if (n < 0) return -errno;
  out->assign(buf, static_cast<std::size_t>(n));
  return 0;
}

int real_path(const char* path, std::string* out) {
  char* p = ::realpath(path, nullptr);
  if (p == nullptr) return -errno;
  *out = p;
  std::free(p);
  return 0;
}

int change_mode(const char* path, int mode) { return check(::chmod(path, mode)); }
int change_mode_fd(int fd, int mode) { return check(::fchmod(fd, mode)); }
int change_owner(const char* path, int uid, int gid) { return check(::chown(path, uid, gid)); }
int change_owner_fd(int fd, int uid, int gid) { return check(::fchown(fd, uid, gid)); }

int set_times(const char* path, double atime, double mtime) {
  struct timespec ts[2] = {to_timespec(atime), to_timespec(mtime)};
  return check(::utimensat(AT_FDCWD, path, ts, 0));
}

int set_times_fd(int fd, double atime, double mtime) {
  struct timespec ts[2] = {to_timespec(atime), to_timespec(mtime)};
  return check(::futimens(fd, ts));
}

int sync_fd(int fd) { return check(::fsync(fd)); }
int datasync_fd(int fd) { return check(::fdatasync(fd)); }

}  // namespace minode::fs
