// The Duktape host (see engine.hpp for the interface).
//
// Why a custom allocator: process.memoryUsage().heapUsed must say how much
// the JS heap holds, and Duktape does not count. The allocator asks malloc
// how big each block is (malloc_usable_size, glibc and the sanitizers have
// it) rather than keeping a size header in front of it: a header costs 16
// bytes on every one of the ~26 blocks an idle socket holds.
// Why a custom fatal handler: Duktape's default calls abort() with only an
// internal message. Ours names the cause and exits non-zero (70, EX_SOFTWARE).
#include "engine/engine.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <unistd.h>

namespace minode::engine {

Engine::Engine() {
  ctx_ = duk_create_heap(&Engine::alloc, &Engine::realloc, &Engine::free, this,
                         &Engine::fatal);
  if (ctx_ == nullptr) {
    std::fputs("minode: cannot create the JavaScript heap (out of memory)\n", stderr);
    std::exit(70);
  }
}

Engine::~Engine() {
  // The slots first: what they hold may release Refs into the heap.
  for (Slot& s : slots_) {
    if (s.value != nullptr) s.deleter(s.value);
  }
  slots_.clear();
  if (ctx_ != nullptr) duk_destroy_heap(ctx_);
}

void*& Engine::slot(const void* tag, void (*deleter)(void*)) {
  for (Slot& s : slots_) {
    if (s.tag == tag) return s.value;
  }
  slots_.push_back(Slot{tag, nullptr, deleter});
  return slots_.back().value;
}

Engine& Engine::from(duk_context* ctx) {
  duk_memory_functions funcs;
  duk_get_memory_functions(ctx, &funcs);
  return *static_cast<Engine*>(funcs.udata);
}

void* Engine::alloc(void* udata, duk_size_t size) {
  void* p = std::malloc(size);
  if (p != nullptr) static_cast<Engine*>(udata)->heap_bytes_ += malloc_usable_size(p);
  return p;
}

void* Engine::realloc(void* udata, void* ptr, duk_size_t size) {
  if (ptr == nullptr) return alloc(udata, size);
  if (size == 0) {
    free(udata, ptr);
    return nullptr;
  }
  auto* self = static_cast<Engine*>(udata);
  std::size_t old_size = malloc_usable_size(ptr);
  void* p = std::realloc(ptr, size);
  if (p == nullptr) return nullptr;  // the old block is untouched and still counted
  self->heap_bytes_ = self->heap_bytes_ - old_size + malloc_usable_size(p);
  return p;
}

void Engine::free(void* udata, void* ptr) {
  if (ptr == nullptr) return;
  static_cast<Engine*>(udata)->heap_bytes_ -= malloc_usable_size(ptr);
  std::free(ptr);
}

void Engine::fatal(void* udata, const char* msg) {
  // Called when an error escapes every protected call, or on internal
  // failure. No JS may run now; write directly to fd 2.
  const char* cause = msg != nullptr ? msg : "(no message)";
  dprintf(2, "minode: fatal error in the JavaScript engine: %s\n", cause);
  _exit(70);
}

}  // namespace minode::engine
