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

namespace minode::cli {

void register_all_bindings() {
  engine::register_engine_bindings();
  modules::register_modules_bindings();
  runtime::register_runtime_bindings();
  loop::register_loop_bindings();
  timers::register_timers_bindings();
  os::register_os_bindings();
  lowering::register_lowering_bindings();
}

}  // namespace minode::cli
