// internalBinding('process'): the primitives behind the `process` object.
//
// Policy (argument checks, the EventEmitter, exit sequencing) is in JS:
// src/runtime/js/internal/bootstrap/node.js. Here: env access, cwd, ids,
// clocks, memory, synchronous writes to fds 1 and 2, and exit.
#include "runtime/runtime_binding.hpp"

#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string>

#include "engine/binding.hpp"
#include "engine/engine.hpp"
#include "runtime/process_info.hpp"

extern char** environ;

namespace minode::runtime {
namespace {

using engine::FunctionEntry;

void push_string_array(duk_context* ctx, const std::vector<std::string>& v) {
  duk_push_array(ctx);
  for (std::size_t i = 0; i < v.size(); ++i) {
    duk_push_lstring(ctx, v[i].data(), v[i].size());
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
}

duk_ret_t get_env(duk_context* ctx) {
  const char* v = std::getenv(duk_require_string(ctx, 0));
  if (v == nullptr) return 0;
  duk_push_string(ctx, v);
  return 1;
}

duk_ret_t set_env(duk_context* ctx) {
  ::setenv(duk_require_string(ctx, 0), duk_require_string(ctx, 1), 1);
  return 0;
}

duk_ret_t unset_env(duk_context* ctx) {
  ::unsetenv(duk_require_string(ctx, 0));
  return 0;
}

duk_ret_t env_keys(duk_context* ctx) {
  duk_push_array(ctx);
  duk_uarridx_t i = 0;
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    std::string entry(*e);
    duk_push_string(ctx, entry.substr(0, entry.find('=')).c_str());
    duk_put_prop_index(ctx, -2, i++);
  }
  return 1;
}

duk_ret_t cwd(duk_context* ctx) {
  char buf[PATH_MAX];
  if (::getcwd(buf, sizeof(buf)) == nullptr) engine::throw_errno_error(ctx, errno, "uv_cwd");
  duk_push_string(ctx, buf);
  return 1;
}

duk_ret_t chdir(duk_context* ctx) {
  const char* dir = duk_require_string(ctx, 0);
  if (::chdir(dir) != 0) {
    // Node: "ENOENT: no such file or directory, chdir '/from' -> 'dir'",
    // with path = the old cwd and dest = dir.
    int err = errno;
    char from[PATH_MAX];
    if (::getcwd(from, sizeof(from)) == nullptr) from[0] = '\0';
    engine::throw_errno_error(ctx, err, "chdir", from, dir);
  }
  return 0;
}

duk_ret_t really_exit(duk_context* ctx) {
  int code = duk_get_int_default(ctx, 0, 0);
  // Output is written synchronously, so nothing is buffered: exit at once.
  std::fflush(nullptr);
  _exit(code & 0xff);
}

duk_ret_t hrtime(duk_context* ctx) {
  std::uint64_t ns = hrtime_ns();
  duk_push_array(ctx);
  duk_push_number(ctx, static_cast<double>(ns / 1000000000ull));
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, static_cast<double>(ns % 1000000000ull));
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

duk_ret_t uptime(duk_context* ctx) {
  duk_push_number(ctx, uptime_seconds());
  return 1;
}

duk_ret_t rss(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(resident_set_bytes()));
  return 1;
}

duk_ret_t write_string(duk_context* ctx) {
  int fd = duk_require_int(ctx, 0);
  duk_size_t len = 0;
  const char* data = duk_is_buffer_data(ctx, 1) ? static_cast<const char*>(
                                                      duk_get_buffer_data(ctx, 1, &len))
                                                : duk_to_lstring(ctx, 1, &len);
  int err = write_all(fd, data, len);
  if (err != 0 && err != EPIPE) engine::throw_errno_error(ctx, err, "write");
  duk_push_boolean(ctx, err == 0);
  return 1;
}

// Reads all of standard input (for `minode -` and piped scripts).
// Pushes all of fd 0 or returns the errno that stopped it (no throw while
// the std::string is alive: see binding.hpp on longjmp).
int push_all_stdin(duk_context* ctx) {
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n > 0) {
      data.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      return errno;
    }
  }
  duk_push_lstring(ctx, data.data(), data.size());
  return 0;
}

duk_ret_t read_stdin(duk_context* ctx) {
  int err = push_all_stdin(ctx);
  if (err != 0) engine::throw_errno_error(ctx, err, "read");
  return 1;
}

duk_ret_t is_atty(duk_context* ctx) {
  duk_push_boolean(ctx, ::isatty(duk_require_int(ctx, 0)) == 1);
  return 1;
}

void push_config(duk_context* ctx) {
  const ProcessConfig& c = process_config();
  duk_push_object(ctx);
  push_string_array(ctx, c.argv);
  duk_put_prop_string(ctx, -2, "argv");
  push_string_array(ctx, c.exec_argv);
  duk_put_prop_string(ctx, -2, "execArgv");
  duk_push_string(ctx, c.mode.c_str());
  duk_put_prop_string(ctx, -2, "mode");
  duk_push_lstring(ctx, c.code.data(), c.code.size());
  duk_put_prop_string(ctx, -2, "code");
  duk_push_boolean(ctx, c.lowering_cache);
  duk_put_prop_string(ctx, -2, "loweringCache");
  duk_push_string(ctx, c.argv0.c_str());
  duk_put_prop_string(ctx, -2, "argv0");
  duk_push_string(ctx, executable_path().c_str());
  duk_put_prop_string(ctx, -2, "execPath");
  duk_push_int(ctx, static_cast<int>(::getpid()));
  duk_put_prop_string(ctx, -2, "pid");
  duk_push_int(ctx, static_cast<int>(::getppid()));
  duk_put_prop_string(ctx, -2, "ppid");
}

void init_process_binding(duk_context* ctx) {
  static const FunctionEntry kFunctions[] = {
      {"getEnv", get_env, 1},       {"setEnv", set_env, 2},     {"unsetEnv", unset_env, 1},
      {"envKeys", env_keys, 0},     {"cwd", cwd, 0},            {"chdir", chdir, 1},
      {"reallyExit", really_exit, 1}, {"hrtime", hrtime, 0},    {"uptime", uptime, 0},
      {"rss", rss, 0},              {"writeString", write_string, 2},
      {"isatty", is_atty, 1},       {"readStdin", read_stdin, 0},       {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
  push_config(ctx);
  duk_put_prop_string(ctx, -2, "config");
}

}  // namespace

ProcessConfig& process_config() {
  static ProcessConfig config;
  return config;
}

void register_runtime_bindings() { engine::register_binding("process", init_process_binding); }

}  // namespace minode::runtime
