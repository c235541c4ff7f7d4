// internalBinding('module_fs'): the loader's file probes (module_fs.hpp).
//   internalModuleStat(path) -> 0 file, 1 directory, -2 missing
//   readFile(path) -> string (throws Node-shaped ENOENT etc.)
//   realpath(path) -> string (throws)
#include "modules/modules_binding.hpp"

#include <string>

#include "engine/binding.hpp"
#include "modules/module_fs.hpp"

namespace minode::modules {
namespace {

duk_ret_t internal_module_stat(duk_context* ctx) {
  duk_push_int(ctx, static_cast<int>(stat_kind(duk_require_string(ctx, 0))));
  return 1;
}

// The two helpers below push their result or return an errno; the callers
// throw only after the helpers' std::strings are destroyed (Duktape throws
// by longjmp, which would skip their destructors).
int push_file_contents(duk_context* ctx, const char* path) {
  std::string data;
  int err = read_file(path, data);
  if (err != 0) return err;
  // Strip a UTF-8 byte-order mark, as Node's loader does.
  std::size_t skip = data.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  duk_push_lstring(ctx, data.data() + skip, data.size() - skip);
  return 0;
}

int push_real_path(duk_context* ctx, const char* path) {
  std::string out;
  int err = real_path(path, out);
  if (err == 0) duk_push_string(ctx, out.c_str());
  return err;
}

duk_ret_t read_file_utf8(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  int err = push_file_contents(ctx, path);
  if (err != 0) engine::throw_errno_error(ctx, err, "open", path);
  return 1;
}

duk_ret_t realpath(duk_context* ctx) {
  const char* path = duk_require_string(ctx, 0);
  int err = push_real_path(ctx, path);
  if (err != 0) engine::throw_errno_error(ctx, err, "realpath", path);
  return 1;
}

void init_module_fs(duk_context* ctx) {
  static const engine::FunctionEntry kFunctions[] = {
      {"internalModuleStat", internal_module_stat, 1},
      {"readFile", read_file_utf8, 1},
      {"realpath", realpath, 1},
      {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
}

}  // namespace

void register_modules_bindings() { engine::register_binding("module_fs", init_module_fs); }

}  // namespace minode::modules
