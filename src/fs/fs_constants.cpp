// fs.constants: the open flags, file types and modes, access modes and
// copyFile flags, with this platform's values (Node: src/node_constants.cc).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs/fs_request.hpp"

namespace minode::fs {
namespace {

struct Constant {
  const char* name;
  int value;
};

const Constant kConstants[] = {
    {"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
    {"UV_DIRENT_UNKNOWN", kUnknown}, {"UV_DIRENT_FILE", kFile}, {"UV_DIRENT_DIR", kDir},
    {"UV_DIRENT_LINK", kLink}, {"UV_DIRENT_FIFO", kFifo}, {"UV_DIRENT_SOCKET", kSocket},
    {"UV_DIRENT_CHAR", kChar}, {"UV_DIRENT_BLOCK", kBlock},
    {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
    {"S_IFMT", S_IFMT}, {"S_IFREG", S_IFREG}, {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR},
    {"S_IFBLK", S_IFBLK}, {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK},
    {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"UV_FS_O_FILEMAP", 0}, {"O_NOCTTY", O_NOCTTY},
    {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_DIRECTORY", O_DIRECTORY},
    {"O_NOATIME", O_NOATIME}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_SYNC", O_SYNC},
    {"O_DSYNC", O_DSYNC}, {"O_DIRECT", O_DIRECT}, {"O_NONBLOCK", O_NONBLOCK},
    {"S_IRWXU", S_IRWXU}, {"S_IRUSR", S_IRUSR}, {"S_IWUSR", S_IWUSR}, {"S_IXUSR", S_IXUSR},
    {"S_IRWXG", S_IRWXG}, {"S_IRGRP", S_IRGRP}, {"S_IWGRP", S_IWGRP}, {"S_IXGRP", S_IXGRP},
    {"S_IRWXO", S_IRWXO}, {"S_IROTH", S_IROTH}, {"S_IWOTH", S_IWOTH}, {"S_IXOTH", S_IXOTH},
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1},
    {"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
    {"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
};

}  // namespace

void put_constants(duk_context* ctx, duk_idx_t obj_idx) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  for (const Constant& c : kConstants) {
    duk_push_int(ctx, c.value);
    duk_put_prop_string(ctx, obj_idx, c.name);
  }
}

}  // namespace minode::fs
