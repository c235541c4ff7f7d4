// internalBinding('lowering') (see lowering_binding.hpp).
#include "lowering/lowering_binding.hpp"

#include <cstdlib>
#include <memory>
#include <string>

#include "engine/binding.hpp"
#include "lowering/lowering_cache.hpp"
#include "runtime/runtime_binding.hpp"

namespace minode::lowering {
namespace {

using engine::FunctionEntry;

// One cache per process, built when JS first asks (after option parsing).
LoweringCache& cache() {
  static std::unique_ptr<LoweringCache> instance;
  if (!instance) {
    std::string dir;
    if (runtime::process_config().lowering_cache) {
      dir = default_cache_dir([](const char* name) { return std::getenv(name); });
    }
    // Entries from another Duktape or another build of minode are not ours.
    std::string engine_id = "duktape-" + std::to_string(DUK_VERSION) + "/minode-" MINODE_VERSION "/" __DATE__ "-" __TIME__;
    instance = std::make_unique<LoweringCache>(dir, engine_id);
  }
  return *instance;
}

std::string_view arg(duk_context* ctx, duk_idx_t i) {
  duk_size_t len = 0;
  const char* s = duk_require_lstring(ctx, i, &len);
  return std::string_view(s, len);
}

duk_ret_t enabled(duk_context* ctx) {
  duk_push_boolean(ctx, cache().enabled());
  return 1;
}

duk_ret_t dir(duk_context* ctx) {
  duk_push_lstring(ctx, cache().dir().data(), cache().dir().size());
  return 1;
}

duk_ret_t read(duk_context* ctx) {
  auto hit = cache().read(arg(ctx, 0), arg(ctx, 1));
  if (!hit) return 0;
  duk_push_lstring(ctx, hit->data(), hit->size());
  return 1;
}

duk_ret_t write(duk_context* ctx) {
  duk_push_boolean(ctx, cache().write(arg(ctx, 0), arg(ctx, 1), arg(ctx, 2)));
  return 1;
}

const FunctionEntry kFunctions[] = {
    {"enabled", enabled, 0},
    {"dir", dir, 0},
    {"read", read, 2},
    {"write", write, 3},
    {nullptr, nullptr, 0},
};

void init(duk_context* ctx) { engine::put_functions(ctx, -1, kFunctions); }

}  // namespace

void register_lowering_bindings() { engine::register_binding("lowering", init); }

}  // namespace minode::lowering
