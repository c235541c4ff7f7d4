// Catch2 tests for the loop core: phase order, liveness (ref/unref, requests,
// closing handles), the poll bound, and callbacks that change the loop while
// it runs. Timer behaviour is tested in src/timers/timer_queue_test.cpp.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <asio/post.hpp>
#include <asio/io_context.hpp>

#include "loop/handle.hpp"
#include "loop/loop.hpp"

using minode::loop::Loop;
using minode::loop::Phase;
using minode::loop::PhaseHandle;
using minode::loop::RequestToken;
using minode::loop::RunMode;

TEST_CASE("an empty loop returns at once", "[loop]") {
  Loop loop;
  CHECK_FALSE(loop.alive());
  CHECK_FALSE(loop.run());
  CHECK(loop.iteration() == 0);
}

TEST_CASE("one iteration visits the phases in libuv's order", "[loop]") {
  Loop loop;
  std::vector<std::string> order;
  PhaseHandle idle(loop, Phase::kIdle), prepare(loop, Phase::kPrepare),
      check(loop, Phase::kCheck), closer(loop, Phase::kCheck);
  idle.start([&] { order.push_back("idle"); idle.stop(); });
  prepare.start([&] { order.push_back("prepare"); prepare.stop(); });
  check.start([&] {
    order.push_back("check");
    check.stop();
    closer.close([&] { order.push_back("close"); });
  });
  loop.defer([&] { order.push_back("pending"); });
  asio::post(loop.io(), [&] { order.push_back("poll"); });
  loop.run();
  CHECK(order == std::vector<std::string>{"pending", "idle", "prepare", "poll", "check", "close"});
  CHECK(loop.iteration() == 1);
  CHECK_FALSE(loop.alive());
}

TEST_CASE("an unref'ed handle does not keep the loop alive", "[loop][ref]") {
  Loop loop;
  int runs = 0;
  PhaseHandle check(loop, Phase::kCheck);
  check.start([&] { ++runs; });
  CHECK(loop.alive());
  CHECK(loop.active_handles() == 1);
  check.unref();
  CHECK_FALSE(check.has_ref());
  CHECK(loop.active_handles() == 0);
  CHECK_FALSE(loop.run());
  CHECK(runs == 0);
  check.ref();
  CHECK(loop.active_handles() == 1);
  check.stop();
  CHECK(loop.active_handles() == 0);
}

TEST_CASE("an unref'ed handle still runs while something else keeps the loop alive",
          "[loop][ref]") {
  Loop loop;
  int runs = 0;
  // (An idle keeper: a check handle alone would let poll block forever,
  // exactly as in libuv, since nothing would ever wake it.)
  PhaseHandle check(loop, Phase::kCheck), keeper(loop, Phase::kIdle);
  check.start([&] { ++runs; });
  check.unref();
  keeper.start([&] {
    if (runs == 3) keeper.stop();  // the loop empties: run() returns
  });
  loop.run();
  CHECK(runs == 4);  // idle runs before check: the 4th iteration still checks
}

TEST_CASE("a request from another thread keeps the loop alive until it completes",
          "[loop][request]") {
  Loop loop;
  bool done = false;
  RequestToken token(loop);  // begun on the loop thread, like a thread-pool submit
  CHECK(loop.alive());
  std::thread worker([&loop, &done, t = std::move(token)]() mutable {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    asio::post(loop.io(), [&done, t = std::move(t)]() mutable {
      done = true;
      t.release();
    });
  });
  loop.run();
  worker.join();
  CHECK(done);
  CHECK(loop.active_requests() == 0);
}

TEST_CASE("a callback may close its own handle", "[loop][close]") {
  Loop loop;
  int closed = 0;
  PhaseHandle idle(loop, Phase::kIdle);
  idle.start([&] { idle.close([&] { ++closed; }); });
  CHECK_FALSE(loop.run());
  CHECK(closed == 1);
  CHECK(idle.is_closing());
  CHECK_FALSE(idle.is_active());
}

TEST_CASE("a close callback may free its handle; closing handles keep the loop alive",
          "[loop][close]") {
  Loop loop;
  auto h = std::make_unique<PhaseHandle>(loop, Phase::kIdle);
  h->unref();
  bool freed = false;
  h->close([&] {
    h.reset();
    freed = true;
  });
  CHECK(loop.alive());  // closing, even though unref'ed
  loop.run();
  CHECK(freed);
  CHECK_FALSE(loop.alive());
}

TEST_CASE("a handle destroyed before its close callback is forgotten", "[loop][close]") {
  Loop loop;
  auto h = std::make_unique<PhaseHandle>(loop, Phase::kCheck);
  bool called = false;
  h->close([&] { called = true; });
  h.reset();
  CHECK_FALSE(loop.alive());
  loop.run();
  CHECK_FALSE(called);
}

TEST_CASE("work scheduled from a check callback lands in the right iteration", "[loop]") {
  Loop loop;
  std::vector<std::string> order;
  PhaseHandle check(loop, Phase::kCheck), check2(loop, Phase::kCheck);
  PhaseHandle keeper(loop, Phase::kIdle);  // so that poll does not block
  keeper.start([&] {
    if (order.size() == 3) keeper.stop();
  });
  check.start([&] {
    order.push_back("check@" + std::to_string(loop.iteration()));
    check.stop();
    // A check handle started now waits for the next check phase...
    check2.start([&] {
      order.push_back("check2@" + std::to_string(loop.iteration()));
      check2.stop();
    });
    // ...and a deferred callback for the next pending phase.
    loop.defer([&] { order.push_back("pending@" + std::to_string(loop.iteration())); });
  });
  loop.run();
  CHECK(order == std::vector<std::string>{"check@0", "pending@1", "check2@1"});
}

TEST_CASE("the poll phase runs at most kMaxPollCallbacks completions per iteration",
          "[loop][poll]") {
  Loop loop;
  const int total = 3000;
  int ran = 0;
  std::vector<int> per_iteration;
  PhaseHandle check(loop, Phase::kCheck);
  check.start([&] { per_iteration.push_back(ran); });
  check.unref();
  for (int i = 0; i < total; ++i) {
    asio::post(loop.io(), [&] { ++ran; });
  }
  RequestToken token(loop);  // alive until every completion has run
  PhaseHandle idle(loop, Phase::kIdle);
  idle.start([&] {
    if (ran == total) {
      token.release();
      idle.stop();
    }
  });
  loop.run();
  REQUIRE(per_iteration.size() >= 3);
  CHECK(per_iteration[0] == static_cast<int>(Loop::kMaxPollCallbacks));
  CHECK(per_iteration[1] == static_cast<int>(2 * Loop::kMaxPollCallbacks));
  CHECK(ran == total);
}

TEST_CASE("a self-reposting completion cannot starve the check phase", "[loop][poll]") {
  Loop loop;
  int checks = 0, posts = 0;
  RequestToken token(loop);
  std::function<void()> again = [&] {
    if (++posts < 5000) asio::post(loop.io(), again);
  };
  asio::post(loop.io(), again);
  PhaseHandle check(loop, Phase::kCheck);
  check.start([&] {
    ++checks;
    if (posts >= 5000) {
      token.release();
      check.stop();
    }
  });
  loop.run();
  CHECK(checks >= 5);  // 5000 posts / 1024 per iteration
}

TEST_CASE("a ref'ed check handle alone blocks poll, as in libuv", "[loop][poll]") {
  Loop loop;
  PhaseHandle check(loop, Phase::kCheck);
  int runs = 0;
  check.start([&] { ++runs; });
  // Nothing can wake the loop, so poll waits for I/O: wake it from outside.
  std::thread waker([&loop] {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    asio::post(loop.io(), [&loop] { loop.stop(); });
  });
  auto start = std::chrono::steady_clock::now();
  CHECK(loop.run());
  waker.join();
  CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(25));
  CHECK(runs <= 2);
  check.stop();
}

TEST_CASE("stop() makes run() return with the loop still alive", "[loop]") {
  Loop loop;
  int runs = 0;
  PhaseHandle idle(loop, Phase::kIdle);
  idle.start([&] {
    if (++runs == 2) loop.stop();
  });
  CHECK(loop.run());
  CHECK(runs == 2);
  CHECK(loop.run(RunMode::kNoWait));
  CHECK(runs == 3);
}

TEST_CASE("deferred callbacks keep the loop alive and run in the pending phase", "[loop]") {
  Loop loop;
  std::vector<std::uint64_t> at;
  loop.defer([&] {
    at.push_back(loop.iteration());
    loop.defer([&] { at.push_back(loop.iteration()); });
  });
  CHECK(loop.alive());
  loop.run();
  // The second one was deferred during the pre-poll pending phase: it runs
  // in the bounded re-runs after poll, in the same iteration.
  CHECK(at == std::vector<std::uint64_t>{0, 0});
}

TEST_CASE("now() is cached within an iteration and advances between them", "[loop][time]") {
  Loop loop;
  std::uint64_t start = loop.now();
  std::this_thread::sleep_for(std::chrono::milliseconds(15));
  CHECK(loop.now() == start);
  loop.update_time();
  CHECK(loop.now() >= start + 15);
}

TEST_CASE("phase names", "[loop]") {
  CHECK(std::string(minode::loop::phase_name(Phase::kTimers)) == "timers");
  CHECK(std::string(minode::loop::phase_name(Phase::kClose)) == "close");
}
