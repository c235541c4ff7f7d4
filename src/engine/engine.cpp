// The Duktape host (see engine.hpp for the interface).
//
// Why a custom allocator: process.memoryUsage().heapUsed must say how much
// the JS heap holds, and Duktape does not count. Each block carries a small
// header with its size; the cost is one add per allocation.
// Why a custom fatal handler: Duktape's default calls abort() with only an
// internal message. Ours names the cause and exits non-zero (70, EX_SOFTWARE).
#include "engine/engine.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace minode::engine {
namespace {

// Header in front of every block: keeps the size so free() can count it.
// 16 bytes keeps the payload aligned for any type Duktape stores.
struct alignas(16) BlockHeader {
  std::size_t size;
};

}  // namespace

Engine::Engine() {
  ctx_ = duk_create_heap(&Engine::alloc, &Engine::realloc, &Engine::free, this,
                         &Engine::fatal);
  if (ctx_ == nullptr) {
    std::fputs("minode: cannot create the JavaScript heap (out of memory)\n", stderr);
    std::exit(70);
  }
}

Engine::~Engine() {
  if (ctx_ != nullptr) duk_destroy_heap(ctx_);
}

Engine& Engine::from(duk_context* ctx) {
  duk_memory_functions funcs;
  duk_get_memory_functions(ctx, &funcs);
  return *static_cast<Engine*>(funcs.udata);
}

void* Engine::alloc(void* udata, duk_size_t size) {
  auto* h = static_cast<BlockHeader*>(std::malloc(sizeof(BlockHeader) + size));
  if (h == nullptr) return nullptr;
  h->size = size;
  static_cast<Engine*>(udata)->heap_bytes_ += size;
  return h + 1;
}

void* Engine::realloc(void* udata, void* ptr, duk_size_t size) {
  if (ptr == nullptr) return alloc(udata, size);
  auto* self = static_cast<Engine*>(udata);
  auto* old = static_cast<BlockHeader*>(ptr) - 1;
  if (size == 0) {
    free(udata, ptr);
    return nullptr;
  }
  std::size_t old_size = old->size;
  auto* h = static_cast<BlockHeader*>(std::realloc(old, sizeof(BlockHeader) + size));
  if (h == nullptr) return nullptr;
  h->size = size;
  self->heap_bytes_ = self->heap_bytes_ - old_size + size;
  return h + 1;
}

void Engine::free(void* udata, void* ptr) {
  if (ptr == nullptr) return;
  auto* h = static_cast<BlockHeader*>(ptr) - 1;
  static_cast<Engine*>(udata)->heap_bytes_ -= h->size;
  std::free(h);
}

void Engine::fatal(void* udata, const char* msg) {
  // Called when an error escapes every protected call, or on internal
  // failure. No JS may run now; write directly to fd 2.
  const char* cause = msg != nullptr ? msg : "(no message)";
  dprintf(2, "minode: fatal error in the JavaScript engine: %s\n", cause);
  _exit(70);
}

}  // namespace minode::engine
