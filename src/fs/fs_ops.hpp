// The fs core: thin wrappers over the POSIX file system calls.
//
// What: one function per operation fs needs, each a few lines around a
// system call. They return 0 (or a count, or an fd) on success and a
// *negative errno* on failure, as libuv's uv_fs_* do (src/unix/fs.c). They
// know nothing of JavaScript or of threads: the binding calls them directly
// for fs.*Sync, and from a thread-pool worker for the callback and promise
// forms.
// Interface: see the declarations below; paths are NUL-terminated C strings.
// Invariants: no function keeps state between calls; EINTR is retried where
// the call can be retried; nothing here throws.
// Read first: libuv's src/unix/fs.c (uv__fs_work), Node's api/fs.md.
// Chapter: chapters/07-threadpool-and-fs.md § "The fs core".
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace minode::fs {

/// What stat() reports, as Node's Stats needs it (times in ms since the epoch).
struct StatInfo {
  double dev = 0;      ///< device id
  double mode = 0;     ///< type and permission bits
  double nlink = 0;    ///< hard links
  double uid = 0;      ///< owner
  double gid = 0;      ///< group
  double rdev = 0;     ///< device id, for special files
  double blksize = 0;  ///< preferred I/O block size
  double ino = 0;      ///< inode number
  double size = 0;     ///< bytes
  double blocks = 0;   ///< 512-byte blocks allocated
  double atime_ms = 0;      ///< last access
  double mtime_ms = 0;      ///< last modification
  double ctime_ms = 0;      ///< last status change
  double birthtime_ms = 0;  ///< creation (statx), or ctime when unknown
};

/// A directory entry's type, numbered as libuv's uv_dirent_type_t (Node's
/// UV_DIRENT_* constants).
enum DirentType { kUnknown = 0, kFile = 1, kDir = 2, kLink = 3, kFifo = 4, kSocket = 5, kChar = 6, kBlock = 7 };

/// One readdir() entry.
struct DirEntry {
  std::string name;  ///< file name (no directory part)
  int type;          ///< a DirentType
};

/// open(2); returns the fd.
int open_file(const char* path, int flags, int mode);
/// close(2).
int close_file(int fd);
/// pread(2) at position, or read(2) when position < 0; returns bytes read.
std::int64_t read_file(int fd, void* buf, std::size_t len, std::int64_t position);
/// pwrite(2) / write(2), like read_file; returns bytes written (may be short).
std::int64_t write_file(int fd, const void* buf, std::size_t len, std::int64_t position);
/// stat(2), lstat(2) (follow == false).
int stat_path(const char* path, bool follow, StatInfo* out);
/// fstat(2).
int stat_fd(int fd, StatInfo* out);
/// access(2).
int access_path(const char* path, int mode);
/// Lists a directory (without "." and ".."), in the order readdir(3) gives.
int read_dir(const char* path, std::vector<DirEntry>* out);
/// mkdir(2).
int make_dir(const char* path, int mode);
/// mkdir -p: creates missing parents; *first gets the first directory made
/// ("" if none was). EEXIST only when path exists and is not a directory.
int make_dir_recursive(const char* path, int mode, std::string* first);
/// mkdtemp(3) on prefix + "XXXXXX"; *out gets the new directory's path.
int make_temp_dir(const char* prefix, std::string* out);
/// rmdir(2).
int remove_dir(const char* path);
/// Removes path and, if it is a directory, everything under it (rm -rf,
/// but reporting the first error). Symlinks are removed, not followed.
int remove_tree(const char* path);
/// unlink(2).
int unlink_path(const char* path);
/// rename(2).
int rename_path(const char* from, const char* to);
/// Copies a regular file's bytes and mode; fails with EEXIST if excl and dest exists.
int copy_file(const char* src, const char* dest, bool excl);
/// truncate(2).
int truncate_path(const char* path, std::int64_t len);
/// ftruncate(2).
int truncate_fd(int fd, std::int64_t len);
/// symlink(2): creates path pointing at target.
int make_symlink(const char* target, const char* path);
/// readlink(2).
int read_link(const char* path, std::string* out);
/// realpath(3).
int real_path(const char* path, std::string* out);
/// chmod(2) / fchmod(2).
int change_mode(const char* path, int mode);
/// fchmod(2).
int change_mode_fd(int fd, int mode);
/// chown(2).
int change_owner(const char* path, int uid, int gid);
/// fchown(2).
int change_owner_fd(int fd, int uid, int gid);
/// utimensat(2); times in seconds since the epoch (fractions kept).
int set_times(const char* path, double atime, double mtime);
/// futimens(2).
int set_times_fd(int fd, double atime, double mtime);
/// fsync(2).
int sync_fd(int fd);
/// fdatasync(2).
int datasync_fd(int fd);
/// Reads a whole file (readFile's fast path: open, fstat, read, close in
/// one call, so one thread-pool job). On failure *syscall names the call
/// that failed ("open", "fstat", "read"), as Node's error message does.
int read_whole(const char* path, int flags, std::vector<char>* out, const char** syscall);
/// Writes a whole buffer to path (writeFile/appendFile's fast path);
/// *syscall as for read_whole.
int write_whole(const char* path, int flags, int mode, const char* data, std::size_t len,
                const char** syscall);

}  // namespace minode::fs
