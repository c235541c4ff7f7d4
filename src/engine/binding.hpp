// The binding toolkit: how C++ layers expose primitives to JavaScript.
//
// What: the small set of helpers every binding in minode uses.
// Interface:
//  * register_binding("timers", init) at startup; JS then calls
//    internalBinding('timers') and gets the object init() filled, built once.
//  * put_functions(ctx, obj, table) fills an object from a FunctionEntry table.
//  * Ref pins a JS value (a callback, a handle's JS object) while C++ holds
//    it: the value lives in the heap stash until the Ref is released.
//  * throw_error / push_errno_error make Node-shaped errors (err.code,
//    err.errno, err.syscall, err.path).
//  * make_callback(ctx, nargs) is how the loop calls into JS: it routes an
//    exception to process's uncaught-exception handling and then drains the
//    nextTick and microtask queues, as Node's MakeCallback does.
// Invariants: a BindingInit runs at most once per heap; Refs are released on
// the JS thread only.
// Read first: engine.hpp; chapters/01-engine-and-modules.md § "Bindings".
#pragma once
#include <cstdint>
#include <string>

#include "duktape.h"

namespace minode::engine {

/// One native function exported to JS.
struct FunctionEntry {
  const char* name;      ///< JS-visible property name
  duk_c_function fn;     ///< the implementation
  duk_idx_t nargs;       ///< fixed argument count, or DUK_VARARGS
};

/// Fills the exports object at the top of the stack. Called once, lazily.
using BindingInit = void (*)(duk_context* ctx);

/// Registers a binding under name (call before any JS runs). Its init runs
/// on the heap's main context, so an init may keep that context.
void register_binding(const char* name, BindingInit init);

/// Pushes internalBinding(name) (building it on first use); throws a JS
/// Error if no binding has that name.
void push_internal_binding(duk_context* ctx, const char* name);

/// Sets table's functions (terminated by {nullptr,...}) on the object at obj_idx.
void put_functions(duk_context* ctx, duk_idx_t obj_idx, const FunctionEntry* table);

/// Pushes an array of the current call's arguments [first, n) — a rest
/// parameter built natively, with no `arguments` object — or undefined if
/// there are none (so callers can store "no extra arguments" for free).
void push_rest_array(duk_context* ctx, duk_idx_t first, duk_idx_t n);

/// The heap's main thread. Every Duktape.Thread (coroutine: the lowered
/// async functions and generators run in one) has its own duk_context; a
/// binding called from inside one gets that context. Anything kept for a
/// later callback from the loop must be the main context, because a
/// coroutine's context is suspended (or gone) by then.
duk_context* main_context(duk_context* ctx);

/// Slot behind per_heap(): the Engine's slot tag of ctx's heap.
void*& heap_slot(duk_context* ctx, const void* tag, void (*deleter)(void*));

/// A binding's state for ctx's heap: one T per heap, made (value-initialized)
/// on first use and deleted with the Engine, before the heap, so a T may
/// hold Refs. A process has one heap; the unit tests make several, one after
/// another, and each gets its own T.
template <typename T>
T& per_heap(duk_context* ctx) {
  static const char tag = 0;  // one address per T: the slot's name
  void*& slot = heap_slot(ctx, &tag, [](void* p) { delete static_cast<T*>(p); });
  if (slot == nullptr) slot = new T();
  return *static_cast<T*>(slot);
}

/// A JS value pinned in the heap stash so the garbage collector keeps it
/// while C++ refers to it. Movable, not copyable; releases on destruction.
/// It remembers the heap's main context (see main_context()), so push()
/// without an argument is for callbacks run by the loop.
class Ref {
 public:
  Ref() = default;
  /// Pins the value at idx.
  Ref(duk_context* ctx, duk_idx_t idx);
  ~Ref() { reset(); }
  /// Takes over other's pinned value.
  Ref(Ref&& other) noexcept : ctx_(other.ctx_), id_(other.id_) { other.id_ = 0; }
  /// Move-assigns, releasing any value held before.
  Ref& operator=(Ref&& other) noexcept;
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;

  /// Pushes the pinned value (undefined if empty) on the main context.
  void push() const;
  /// Pushes the pinned value on ctx (for use inside a binding function).
  void push(duk_context* ctx) const;
  /// Releases the value.
  void reset();
  /// True when a value is pinned.
  explicit operator bool() const { return id_ != 0; }

 private:
  duk_context* ctx_ = nullptr;
  std::uint32_t id_ = 0;
};

/// Throws `new <kind>(message)` with err.code = code (code may be nullptr).
/// kind is DUK_ERR_ERROR, DUK_ERR_TYPE_ERROR, DUK_ERR_RANGE_ERROR, ...
/// The message is printf-formatted. Prefer this overload: Duktape throws by
/// longjmp, which skips C++ destructors, so a std::string built by the
/// caller for the message would leak (see chapters/01-engine-and-modules.md).
[[noreturn]] void throw_error(duk_context* ctx, duk_errcode_t kind, const char* code,
                              const char* fmt, ...) __attribute__((format(printf, 4, 5)));

/// As above with a ready-made message. The message is copied before the
/// throw; a temporary std::string passed here is still leaked by the
/// longjmp, so use it only with a string that outlives the call's frame.
[[noreturn]] void throw_error(duk_context* ctx, duk_errcode_t kind, const char* code,
                              const std::string& message);

/// The symbolic name of an errno value ("ENOENT"), or "UNKNOWN".
const char* errno_name(int err);

/// Pushes an Error shaped like Node's system errors:
/// "ENOENT: no such file or directory, open '/x'" with code, errno (negative,
/// as libuv reports it), syscall and, when given, path and dest.
void push_errno_error(duk_context* ctx, int err, const char* syscall,
                      const char* path = nullptr, const char* dest = nullptr);

/// Throws the error push_errno_error would push.
[[noreturn]] void throw_errno_error(duk_context* ctx, int err, const char* syscall,
                                    const char* path = nullptr, const char* dest = nullptr);

/// Calls into JS from the loop. Stack: [... fn this arg1..argN] -> [... ].
/// An exception goes to the uncaught-exception hook (which may exit the
/// process); then the tick hook drains nextTicks and microtasks. Returns
/// false if the call threw. The result is popped.
bool make_callback(duk_context* ctx, duk_idx_t nargs);

/// Runs the tick hook alone (after the main script, and wherever C++ has
/// run JS outside make_callback). Skipped without a call into JS when the
/// tick-info flags say nothing is queued (see tick_info()).
void run_tick_hook(duk_context* ctx);

/// Slots of the tick-info array shared with JS as internalBinding('engine').tickInfo.
enum TickInfoSlot { kHasTickScheduled = 0, kHasMicrotasks = 1, kHasRejectionToWarn = 2, kTickInfoSlots = 3 };

/// The flags JS raises when it queues a nextTick, a microtask or an
/// unhandled rejection, and the tick drain lowers when all is done. Node
/// keeps the same kind of array (tickInfo) so that C++ can skip calling into
/// JS after a callback that queued nothing: most callbacks.
std::uint32_t* tick_info();

/// Reports the error at the top of the stack as uncaught, then pops it.
void report_uncaught(duk_context* ctx);

}  // namespace minode::engine
