// internalBinding('engine'): the primitives through which JS turns source
// text into functions. The module loader (src/modules/js) is the only user
// of compileFunction; built-in modules go through compileBuiltin.
//
// Interface (JS):
//   compileFunction(source, filename, params) -> function
//       compiles `function (<params>) {<source>\n}`; the prefix shares line 1
//       with the source, so line numbers in errors are the user's own.
//   compileScript(source, filename) -> function: call it with `this` = the global
//     object; it returns the completion value (global scope; -e, -p, stdin)
//   compileBuiltin(id) -> function (exports, require, module, process, internalBinding)
//   builtinIds() -> [ids];  hasBuiltin(id) -> bool
//   setHooks({ tick, onUncaught })   (see binding.hpp: make_callback)
//   internalBinding(name)            (handed to built-in modules)
//   heapBytes() -> number            (process.memoryUsage().heapUsed)
//   hiddenSymbol(name) -> key        (a property key invisible to JS reflection)
//   tickInfo: Uint32Array [hasTickScheduled, hasMicrotasks, hasRejectionToWarn]
#include <string>

#include "engine/binding.hpp"
#include "engine/builtins.hpp"
#include "engine/engine.hpp"

namespace minode::engine {
namespace {

constexpr const char* kBuiltinParams = "exports, require, module, process, internalBinding";

// Compiles `function (params) {source\n}` named by filename; leaves the
// function or the SyntaxError and returns duk_pcompile's status. Protected
// on purpose: the std::string must be destroyed before anything throws
// (Duktape's longjmp would skip its destructor).
int pcompile_wrapped(duk_context* ctx, const char* params, const char* src, duk_size_t len,
                     const char* filename) {
  std::string text;
  text.reserve(len + 64);
  text.append("function (").append(params).append(") {");
  text.append(src, len);
  text.append("\n}");
  duk_push_string(ctx, filename);
  return duk_pcompile_lstring_filename(ctx, DUK_COMPILE_FUNCTION, text.data(), text.size());
}

// As pcompile_wrapped, but throws the SyntaxError (after cleanup).
void compile_wrapped(duk_context* ctx, const char* params, const char* src, duk_size_t len,
                     const char* filename) {
  if (pcompile_wrapped(ctx, params, src, len, filename) != 0) (void)duk_throw(ctx);
}

duk_ret_t compile_function(duk_context* ctx) {
  duk_size_t len = 0;
  const char* src = duk_require_lstring(ctx, 0, &len);
  const char* filename = duk_require_string(ctx, 1);
  const char* params = duk_require_string(ctx, 2);
  compile_wrapped(ctx, params, src, len, filename);
  return 1;
}

duk_ret_t compile_script(duk_context* ctx) {
  duk_size_t len = 0;
  const char* src = duk_require_lstring(ctx, 0, &len);
  duk_require_string(ctx, 1);
  duk_dup(ctx, 1);
  // DUK_COMPILE_EVAL: the completion value of the last statement is the
  // result (what -p prints); var declarations become globals, as in node -e.
  // Only compiled here, so that the caller can tell a SyntaxError in the
  // script (reshaped like Node's) from one the script throws while running.
  duk_compile_lstring_filename(ctx, DUK_COMPILE_EVAL, src, len);
  return 1;
}

duk_ret_t compile_builtin(duk_context* ctx) {
  const char* id = duk_require_string(ctx, 0);
  const BuiltinSource* b = find_builtin(id);
  if (b == nullptr) {
    throw_error(ctx, DUK_ERR_ERROR, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", id);
  }
  if (b->bytecode_length > 0) {
    // Precompiled at build time by this same Duktape build (tools/js2bc.cpp).
    duk_push_external_buffer(ctx);
    duk_config_buffer(ctx, -1, const_cast<char*>(b->bytecode), b->bytecode_length);
    duk_load_function(ctx);
    return 1;
  }
  duk_push_sprintf(ctx, "node:%s", id);
  compile_wrapped(ctx, kBuiltinParams, b->source, b->length, duk_get_string(ctx, -1));
  return 1;
}

duk_ret_t has_builtin(duk_context* ctx) {
  duk_push_boolean(ctx, find_builtin(duk_require_string(ctx, 0)) != nullptr);
  return 1;
}

duk_ret_t builtin_ids(duk_context* ctx) {
  duk_push_array(ctx);
  for (std::size_t i = 0; i < kBuiltinSourceCount; ++i) {
    duk_push_string(ctx, kBuiltinSources[i].id);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  return 1;
}

duk_ret_t set_hooks(duk_context* ctx) {
  duk_require_object(ctx, 0);
  duk_push_heap_stash(ctx);
  duk_dup(ctx, 0);
  duk_put_prop_string(ctx, -2, "hooks");
  return 0;
}

duk_ret_t internal_binding(duk_context* ctx) {
  push_internal_binding(ctx, duk_require_string(ctx, 0));
  return 1;
}

// A Duktape "hidden symbol": a property key that no enumeration, no
// Object.getOwnPropertySymbols() and no user code can see. The built-ins
// polyfills keep their internal state (a Map's table, a Promise's state)
// under such keys, so util.inspect shows `Map(1) { 1 => 2 }` and nothing else.
duk_ret_t hidden_symbol(duk_context* ctx) {
  std::string key = std::string("\xFF") + duk_require_string(ctx, 0);
  duk_push_lstring(ctx, key.data(), key.size());
  return 1;
}

duk_ret_t heap_bytes(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Engine::from(ctx).heap_bytes()));
  return 1;
}

void init_engine_binding(duk_context* ctx) {
  static const FunctionEntry kFunctions[] = {
      {"compileFunction", compile_function, 3},
      {"compileScript", compile_script, 2},
      {"compileBuiltin", compile_builtin, 1},
      {"hasBuiltin", has_builtin, 1},
      {"builtinIds", builtin_ids, 0},
      {"setHooks", set_hooks, 1},
      {"internalBinding", internal_binding, 1},
      {"heapBytes", heap_bytes, 0},
      {"hiddenSymbol", hidden_symbol, 1},
      {nullptr, nullptr, 0},
  };
  put_functions(ctx, -1, kFunctions);
  // tickInfo: a Uint32Array over tick_info(), written by JS, read by C++.
  duk_push_external_buffer(ctx);
  duk_config_buffer(ctx, -1, tick_info(), sizeof(std::uint32_t) * kTickInfoSlots);
  duk_push_buffer_object(ctx, -1, 0, sizeof(std::uint32_t) * kTickInfoSlots,
                         DUK_BUFOBJ_UINT32ARRAY);
  duk_remove(ctx, -2);
  duk_put_prop_string(ctx, -2, "tickInfo");
  duk_push_string(ctx, MINODE_VERSION);
  duk_put_prop_string(ctx, -2, "minodeVersion");
  duk_push_number(ctx, DUK_VERSION);
  duk_put_prop_string(ctx, -2, "duktapeVersion");
}

}  // namespace

/// Registers internalBinding('engine'); called by register_engine_bindings().
void register_engine_bindings() { register_binding("engine", init_engine_binding); }

}  // namespace minode::engine
