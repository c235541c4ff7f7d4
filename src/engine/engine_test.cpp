// Unit tests for the engine layer: the heap, Refs, Node-shaped errors.
#include <catch2/catch.hpp>

#include "engine/binding.hpp"
#include "engine/builtins.hpp"
#include "engine/engine.hpp"

using minode::engine::Engine;

TEST_CASE("a fresh heap evaluates JavaScript and counts its bytes", "[engine]") {
  Engine engine;
  duk_context* ctx = engine.ctx();
  std::size_t before = engine.heap_bytes();
  CHECK(before > 0);
  duk_eval_string(ctx, "var a = []; for (var i = 0; i < 1000; i++) a.push({i: i}); a.length");
  CHECK(duk_get_int(ctx, -1) == 1000);
  CHECK(engine.heap_bytes() > before);
  CHECK(&Engine::from(ctx) == &engine);
}

TEST_CASE("a Ref keeps a value reachable until reset", "[engine]") {
  Engine engine;
  duk_context* ctx = engine.ctx();
  duk_eval_string(ctx, "({ tag: 'pinned' })");
  minode::engine::Ref ref(ctx, -1);
  duk_pop(ctx);
  duk_gc(ctx, 0);
  ref.push();
  REQUIRE(duk_is_object(ctx, -1));
  duk_get_prop_string(ctx, -1, "tag");
  CHECK(std::string(duk_get_string(ctx, -1)) == "pinned");
  duk_pop_2(ctx);
  ref.reset();
  ref.push();
  CHECK(duk_is_undefined(ctx, -1));
}

namespace {
// A binding's per-heap state: counts how many are alive, holds a Ref.
struct Counted {
  static int alive;
  minode::engine::Ref pin;
  int uses = 0;
  Counted() { ++alive; }
  ~Counted() { --alive; }
};
int Counted::alive = 0;
}  // namespace

TEST_CASE("per_heap state is one per heap and goes before its heap", "[engine]") {
  {
    Engine first;
    duk_context* ctx = first.ctx();
    minode::engine::per_heap<Counted>(ctx).uses++;
    minode::engine::per_heap<Counted>(ctx).uses++;
    CHECK(minode::engine::per_heap<Counted>(ctx).uses == 2);
    duk_eval_string(ctx, "({ kept: true })");
    minode::engine::per_heap<Counted>(ctx).pin = minode::engine::Ref(ctx, -1);
    duk_pop(ctx);
    CHECK(Counted::alive == 1);
    Engine second;  // a second heap gets its own, fresh state
    CHECK(minode::engine::per_heap<Counted>(second.ctx()).uses == 0);
    CHECK(Counted::alive == 2);
  }
  // Both deleted with their Engines; the pinned Ref was released while its
  // heap still existed (ASan would catch a release into a freed heap).
  CHECK(Counted::alive == 0);
}

TEST_CASE("system errors have Node's message and properties", "[engine]") {
  Engine engine;
  duk_context* ctx = engine.ctx();
  minode::engine::push_errno_error(ctx, ENOENT, "open", "/x/y");
  duk_get_prop_string(ctx, -1, "message");
  CHECK(std::string(duk_get_string(ctx, -1)) == "ENOENT: no such file or directory, open '/x/y'");
  duk_pop(ctx);
  duk_get_prop_string(ctx, -1, "errno");
  CHECK(duk_get_int(ctx, -1) == -ENOENT);
  duk_pop(ctx);
  duk_get_prop_string(ctx, -1, "code");
  CHECK(std::string(duk_get_string(ctx, -1)) == "ENOENT");
  duk_pop_2(ctx);
}

TEST_CASE("the built-in table is sorted so lookups find every id", "[engine]") {
  for (std::size_t i = 0; i < minode::engine::kBuiltinSourceCount; ++i) {
    const char* id = minode::engine::kBuiltinSources[i].id;
    CHECK(minode::engine::find_builtin(id) == &minode::engine::kBuiltinSources[i]);
  }
  CHECK(minode::engine::find_builtin("no/such/module") == nullptr);
}
