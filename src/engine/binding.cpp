// The binding toolkit (see binding.hpp for the interface).
//
// Heap stash layout (the stash is a JS object only C code can reach):
//   stash.bindings  name -> exports object of a built binding (a cache)
//   stash.refs      a dense array: slot -> value pinned by a Ref (Ref::id_ is
//                   slot + 1). Released slots are reused (Engine::RefTable), so
//                   the array stays small and in Duktape's fast array part;
//                   it is reached by its heap pointer, not by name, because a
//                   Ref is pushed on every callback from the loop.
//   stash.hooks     { onUncaught(err), tick() } set by the JS bootstrap
#include "engine/binding.hpp"

#include "engine/engine.hpp"

#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <map>
#include <string>

namespace minode::engine {
namespace {

std::map<std::string, BindingInit>& registry() {
  static std::map<std::string, BindingInit> bindings;
  return bindings;
}

// Pushes stash[name], creating an empty object there on first use.
void push_stash_object(duk_context* ctx, const char* name) {
  duk_push_heap_stash(ctx);
  if (!duk_get_prop_string(ctx, -1, name)) {
    duk_pop(ctx);
    duk_push_object(ctx);
    duk_dup_top(ctx);
    duk_put_prop_string(ctx, -3, name);
  }
  duk_remove(ctx, -2);
}

// Pushes stash.refs (creating it on first use) and returns its Engine table.
Engine::RefTable& push_ref_array(duk_context* ctx) {
  Engine::RefTable& table = Engine::from(ctx).ref_table();
  if (table.array == nullptr) {
    duk_push_heap_stash(ctx);
    duk_push_array(ctx);
    table.array = duk_get_heapptr(ctx, -1);
    duk_put_prop_string(ctx, -2, "refs");  // the stash keeps it alive
    duk_pop(ctx);
  }
  duk_push_heapptr(ctx, table.array);
  return table;
}

// Calls stash.hooks[name](<value at top if has_arg>) in protected mode.
// A hook that itself throws is a bug in minode's JS: report it loudly.
void call_hook(duk_context* ctx, const char* name, bool has_arg) {
  push_stash_object(ctx, "hooks");
  if (!duk_get_prop_string(ctx, -1, name) || !duk_is_function(ctx, -1)) {
    duk_pop_2(ctx);
    if (has_arg) duk_pop(ctx);
    return;
  }
  duk_remove(ctx, -2);  // [arg?] fn
  if (has_arg) duk_swap_top(ctx, -2);  // fn arg
  duk_push_undefined(ctx);
  if (has_arg) duk_swap_top(ctx, -2);  // fn undefined arg
  if (duk_pcall_method(ctx, has_arg ? 1 : 0) != DUK_EXEC_SUCCESS) {
    dprintf(2, "minode: internal error in hook %s: %s\n", name,
            duk_safe_to_stacktrace(ctx, -1));
    _exit(70);
  }
  duk_pop(ctx);
}

}  // namespace

void register_binding(const char* name, BindingInit init) { registry()[name] = init; }

void push_internal_binding(duk_context* ctx, const char* name) {
  push_stash_object(ctx, "bindings");
  if (duk_get_prop_string(ctx, -1, name)) {
    duk_remove(ctx, -2);
    return;
  }
  duk_pop(ctx);
  auto it = registry().find(name);
  if (it == registry().end()) {
    duk_pop(ctx);
    throw_error(ctx, DUK_ERR_ERROR, "ERR_INVALID_MODULE", "No such binding: %s", name);
  }
  // Build the binding on the heap's main thread, whatever thread asked for
  // it: an init() may keep its context for later callbacks from the loop,
  // and a coroutine's context (an async function's Duktape.Thread) is
  // suspended most of the time. The object then moves to the caller.
  duk_context* main = Engine::from(ctx).ctx();
  duk_push_object(main);
  it->second(main);
  if (main != ctx) duk_xmove_top(ctx, main, 1);
  duk_dup_top(ctx);
  duk_put_prop_string(ctx, -3, name);
  duk_remove(ctx, -2);
}

void put_functions(duk_context* ctx, duk_idx_t obj_idx, const FunctionEntry* table) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  for (; table->name != nullptr; ++table) {
    duk_push_c_function(ctx, table->fn, table->nargs);
    // `name` is inherited as a read-only accessor: define, don't assign.
    duk_push_string(ctx, "name");
    duk_push_string(ctx, table->name);
    duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
    duk_put_prop_string(ctx, obj_idx, table->name);
  }
}

Ref::Ref(duk_context* ctx, duk_idx_t idx) : ctx_(main_context(ctx)) {
  idx = duk_normalize_index(ctx, idx);
  Engine::RefTable& table = push_ref_array(ctx);
  std::uint32_t slot = table.next;
  if (table.free.empty()) {
    ++table.next;
  } else {
    slot = table.free.back();
    table.free.pop_back();
  }
  duk_dup(ctx, idx);
  duk_put_prop_index(ctx, -2, slot);
  duk_pop(ctx);
  id_ = slot + 1;
}

void Ref::push(duk_context* ctx) const {
  if (id_ == 0) {
    duk_push_undefined(ctx);
    return;
  }
  push_ref_array(ctx);
  duk_get_prop_index(ctx, -1, id_ - 1);
  duk_remove(ctx, -2);
}

duk_context* main_context(duk_context* ctx) { return Engine::from(ctx).ctx(); }

void*& heap_slot(duk_context* ctx, const void* tag, void (*deleter)(void*)) {
  return Engine::from(ctx).slot(tag, deleter);
}

Ref& Ref::operator=(Ref&& other) noexcept {
  if (this != &other) {
    reset();
    ctx_ = other.ctx_;
    id_ = other.id_;
    other.id_ = 0;
  }
  return *this;
}

void Ref::push() const { push(ctx_); }

void Ref::reset() {
  if (id_ == 0) return;
  Engine::RefTable& table = push_ref_array(ctx_);
  duk_push_undefined(ctx_);  // overwrite, not delete: the array stays dense
  duk_put_prop_index(ctx_, -2, id_ - 1);
  duk_pop(ctx_);
  table.free.push_back(id_ - 1);
  id_ = 0;
}

void throw_error(duk_context* ctx, duk_errcode_t kind, const char* code, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  duk_push_error_object_va(ctx, kind, fmt, ap);
  va_end(ap);
  if (code != nullptr) {
    duk_push_string(ctx, code);
    duk_put_prop_string(ctx, -2, "code");
  }
  (void)duk_throw(ctx);
  __builtin_unreachable();
}

void throw_error(duk_context* ctx, duk_errcode_t kind, const char* code,
                 const std::string& message) {
  duk_push_error_object(ctx, kind, "%s", message.c_str());
  if (code != nullptr) {
    duk_push_string(ctx, code);
    duk_put_prop_string(ctx, -2, "code");
  }
  (void)duk_throw(ctx);
  __builtin_unreachable();
}

bool make_callback(duk_context* ctx, duk_idx_t nargs) {
  bool ok = duk_pcall_method(ctx, nargs) == DUK_EXEC_SUCCESS;
  if (!ok) {
    report_uncaught(ctx);
  } else {
    duk_pop(ctx);
  }
  run_tick_hook(ctx);
  return ok;
}

std::uint32_t* tick_info() {
  static std::uint32_t flags[kTickInfoSlots] = {0, 0, 0};
  return flags;
}

void run_tick_hook(duk_context* ctx) {
  const std::uint32_t* f = tick_info();
  if ((f[kHasTickScheduled] | f[kHasMicrotasks] | f[kHasRejectionToWarn]) == 0) return;
  call_hook(ctx, "tick", false);
}

void report_uncaught(duk_context* ctx) { call_hook(ctx, "onUncaught", true); }

void push_rest_array(duk_context* ctx, duk_idx_t first, duk_idx_t n) {
  if (n <= first) {
    duk_push_undefined(ctx);
    return;
  }
  duk_push_array(ctx);
  for (duk_idx_t i = first; i < n; ++i) {
    duk_dup(ctx, i);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i - first));
  }
}

}  // namespace minode::engine
