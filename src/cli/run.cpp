// From options to exit code: the outline of a minode process.
//
//   register bindings -> create the heap -> realm -> bootstrap (globals)
//   -> run the main program -> drain ticks -> spin the event loop
//   -> 'beforeExit' (may restart the loop) -> 'exit' -> exit code
//
// This mirrors Node's node::Start / SpinEventLoop: "Node.js simply enters
// the event loop after executing the input script" and "exits the event
// loop when there are no more callbacks to perform" (Node's About page).
// Read first: chapters/00-overview.md, then src/runtime/js/internal/bootstrap/node.js.
#include "cli/run.hpp"

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <string>

#include "cli/layers.hpp"
#include "engine/binding.hpp"
#include "engine/engine.hpp"
#include "loop/loop.hpp"
#include "loop/loop_binding.hpp"
#include "runtime/runtime_binding.hpp"

namespace minode::cli {
namespace {

// Compiles and calls a built-in with the standard module parameters;
// leaves its module.exports on the stack. A failure here is a bug in
// minode itself, not in the user's program: report it and stop.
void require_builtin(duk_context* ctx, const char* id) {
  duk_push_c_function(ctx, [](duk_context* c) -> duk_ret_t {
    const char* name = duk_require_string(c, 0);
    engine::push_internal_binding(c, "engine");
    duk_get_prop_string(c, -1, "compileBuiltin");
    duk_push_string(c, name);
    duk_call(c, 1);                                    // [name engine fn]
    duk_push_object(c);                                // module
    duk_push_object(c);
    duk_put_prop_string(c, -2, "exports");             // module.exports = {}
    duk_dup(c, -2);                                    // fn
    duk_get_prop_string(c, -2, "exports");             // this = exports
    duk_get_prop_string(c, -3, "exports");             // exports
    duk_push_undefined(c);                             // require (realm has none)
    duk_dup(c, -5);                                    // module
    duk_push_undefined(c);                             // process
    engine::push_internal_binding(c, "engine");
    duk_get_prop_string(c, -1, "internalBinding");
    duk_remove(c, -2);
    duk_call_method(c, 5);
    duk_pop(c);
    duk_get_prop_string(c, -1, "exports");
    return 1;
  }, 1);
  duk_push_string(ctx, id);
  if (duk_pcall(ctx, 1) != DUK_EXEC_SUCCESS) {
    std::fprintf(stderr, "minode: internal error while loading %s:\n%s\n", id,
                 duk_safe_to_stacktrace(ctx, -1));
    std::exit(70);
  }
}

// Calls bootstrap[name]() in protected mode; an escaped error is reported
// as uncaught (which exits unless a handler takes it).
void call_entry(duk_context* ctx, duk_idx_t bootstrap, const char* name) {
  duk_get_prop_string(ctx, bootstrap, name);
  duk_dup(ctx, bootstrap);
  if (duk_pcall_method(ctx, 0) != DUK_EXEC_SUCCESS) {
    engine::report_uncaught(ctx);
    return;
  }
  duk_pop(ctx);
}

void configure_process(const Options& options, const char* argv0) {
  runtime::ProcessConfig& config = runtime::process_config();
  config.argv0 = argv0;
  config.mode = options.mode;
  config.code = options.code;
  config.exec_argv = options.exec_argv;
  config.lowering_cache = options.lowering_cache;
  config.argv.clear();
  config.argv.push_back("");  // execPath: filled in by JS from config.execPath
  if (!options.script.empty()) config.argv.push_back(options.script);
  for (const auto& a : options.script_args) config.argv.push_back(a);
}

// @anchor idle-gc
// Reference counting frees most garbage at once, but not cycles (a closure and
// its prototype object, a stream and its state's callbacks): those wait for
// Duktape's mark-and-sweep, which runs by allocation count. When the loop is
// about to sleep and the heap has grown by half (and at least 1 MiB) since
// the last collection, collect now and hand freed pages back to the system,
// as V8 does in idle time. Never while busy, and once per growth: an idle
// process stays asleep.
void collect_when_idle(engine::Engine& engine) {
  loop::Loop::default_loop().set_before_sleep([&engine, heap_after_gc = std::size_t{0}]() mutable {
    std::size_t grown = engine.heap_bytes() - std::min(engine.heap_bytes(), heap_after_gc);
    if (grown < std::max<std::size_t>(1 << 20, heap_after_gc / 2)) return;
    duk_gc(engine.ctx(), 0);
    malloc_trim(0);
    heap_after_gc = engine.heap_bytes();
  });
}

}  // namespace

int run(const Options& options, const char* argv0) {
  configure_process(options, argv0);
  register_all_bindings();
  if (!options.trace_loop.empty()) {
    std::string file = options.trace_loop == "-" ? "" : options.trace_loop;
    if (!loop::enable_trace(file)) {
      std::fprintf(stderr, "minode: cannot write the loop trace to %s\n", file.c_str());
      return 9;
    }
  }
  engine::Engine engine;
  duk_context* ctx = engine.ctx();

  // The realm (built-in loader) first; then the bootstrap through it.
  require_builtin(ctx, "internal/bootstrap/realm");
  duk_get_prop_string(ctx, -1, "requireBuiltin");
  duk_push_string(ctx, "internal/bootstrap/node");
  if (duk_pcall(ctx, 1) != DUK_EXEC_SUCCESS) {
    std::fprintf(stderr, "minode: internal error during bootstrap:\n%s\n",
                 duk_safe_to_stacktrace(ctx, -1));
    return 70;
  }
  duk_idx_t bootstrap = duk_get_top_index(ctx);

  collect_when_idle(engine);
  call_entry(ctx, bootstrap, "runMain");   // @anchor run-main
  engine::run_tick_hook(ctx);              // nextTicks and microtasks queued by the main script
  loop::spin_event_loop([&] {              // @anchor spin-loop
    call_entry(ctx, bootstrap, "emitBeforeExit");
    engine::run_tick_hook(ctx);
  });

  duk_get_prop_string(ctx, bootstrap, "emitExit");
  duk_dup(ctx, bootstrap);
  int code = 1;
  if (duk_pcall_method(ctx, 0) == DUK_EXEC_SUCCESS) {
    code = duk_get_int(ctx, -1);
  } else {
    engine::report_uncaught(ctx);
  }
  std::fflush(nullptr);
  return code;
}

}  // namespace minode::cli
