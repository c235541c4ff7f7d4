// The Duktape host: one JavaScript heap per process.
//
// What: Engine creates the Duktape heap with a counting allocator and a fatal
// handler that names the cause, and tears it down again. Everything that runs
// JavaScript in minode goes through the one Engine the process owns.
// Interface:
//  * Engine engine;  engine.ctx() is the main duk_context.
//  * Engine::from(ctx) finds the Engine owning a context (heap udata).
//  * heap_bytes() is what Duktape currently holds (process.memoryUsage()).
//  * slot(tag, deleter): a binding's own state for this heap (see
//    engine::per_heap in binding.hpp), deleted before the heap is.
// Invariants: a single heap and a single thread run JS; C++ code on other
// threads (the thread pool, later) never touches ctx().
// Read first: chapters/01-engine-and-modules.md; then binding.hpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "duktape.h"

namespace minode::engine {

/// Owns the process's Duktape heap.
class Engine {
 public:
  /// Creates the heap; exits with a message if Duktape cannot allocate one.
  Engine();
  /// Destroys the heap (finalizers run).
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  /// The main JavaScript context.
  duk_context* ctx() const { return ctx_; }
  /// Bytes currently allocated by Duktape (live heap, including overhead).
  std::size_t heap_bytes() const { return heap_bytes_; }
  /// The Engine whose heap owns ctx.
  static Engine& from(duk_context* ctx);

  /// The table behind engine::Ref (binding.cpp): a dense JS array in the
  /// heap stash, found by its heap pointer, and the slots free for reuse.
  struct RefTable {
    void* array = nullptr;              ///< heap pointer of stash.refs (null until first use)
    std::vector<std::uint32_t> free;    ///< released slots, reused first
    std::uint32_t next = 0;             ///< first slot never used
  };
  /// This heap's Ref table.
  RefTable& ref_table() { return ref_table_; }

  /// The state slot named by tag (null until its owner fills it); deleter
  /// frees what it holds when the Engine goes, before the heap does, so a
  /// binding's state may hold Refs. Use engine::per_heap, not this.
  void*& slot(const void* tag, void (*deleter)(void*));

 private:
  static void* alloc(void* udata, duk_size_t size);
  static void* realloc(void* udata, void* ptr, duk_size_t size);
  static void free(void* udata, void* ptr);
  static void fatal(void* udata, const char* msg);

  /// One binding's per-heap state (slot()).
  struct Slot {
    const void* tag;
    void* value;
    void (*deleter)(void*);
  };

  duk_context* ctx_ = nullptr;
  std::size_t heap_bytes_ = 0;
  RefTable ref_table_;
  std::vector<Slot> slots_;
};

}  // namespace minode::engine
