// The list of layers whose bindings minode registers, bottom to top.
// Adding a layer: include its <layer>_binding.hpp and add one line below.
// (Explicit calls, not static initialisers: a static library's unreferenced
// objects would be dropped by the linker, and the order would be unclear.)
#include "cli/layers.hpp"

#include "engine/engine_binding.hpp"
#include "loop/loop_binding.hpp"
#include "lowering/lowering_binding.hpp"
#include "modules/modules_binding.hpp"
#include "os/os_binding.hpp"
#include "runtime/runtime_binding.hpp"
#include "timers/timers_binding.hpp"

// Layers that may be left out of a build (see MINODE_SKIP_LAYERS in the top
// CMakeLists.txt): CMake defines MINODE_HAS_<LAYER> for each layer it builds,
// and a layer under construction registers once its binding header exists.
#if defined(MINODE_HAS_BUFFER) && __has_include("buffer/buffer_binding.hpp")
#include "buffer/buffer_binding.hpp"
#define MINODE_REGISTER_BUFFER 1
#endif
#if defined(MINODE_HAS_FS) && __has_include("fs/fs_binding.hpp")
#include "fs/fs_binding.hpp"
#define MINODE_REGISTER_FS 1
#endif
#if defined(MINODE_HAS_NET) && __has_include("net/net_binding.hpp")
#include "net/net_binding.hpp"
#define MINODE_REGISTER_NET 1
#endif
#if defined(MINODE_HAS_HTTP) && __has_include("http/http_binding.hpp")
#include "http/http_binding.hpp"
#define MINODE_REGISTER_HTTP 1
#endif

namespace minode::cli {

void register_all_bindings() {
  engine::register_engine_bindings();
  modules::register_modules_bindings();
  runtime::register_runtime_bindings();
  loop::register_loop_bindings();
  timers::register_timers_bindings();
  os::register_os_bindings();
  lowering::register_lowering_bindings();
#ifdef MINODE_REGISTER_BUFFER
  buffer::register_buffer_bindings();
#endif
#ifdef MINODE_REGISTER_FS
  fs::register_fs_bindings();
#endif
#ifdef MINODE_REGISTER_NET
  net::register_net_bindings();
#endif
#ifdef MINODE_REGISTER_HTTP
  http::register_http_bindings();
#endif
}

}  // namespace minode::cli
