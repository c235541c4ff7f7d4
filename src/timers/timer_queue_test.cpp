// Catch2 tests for the timer store: ordering, ref/unref and loop exit,
// changes made from inside callbacks, and where timers sit in an iteration.
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <asio/post.hpp>
#include <asio/io_context.hpp>

#include "loop/handle.hpp"
#include "loop/loop.hpp"
#include "timers/timer_queue.hpp"

using minode::loop::Loop;
using minode::loop::Phase;
using minode::loop::PhaseHandle;
using minode::timers::Timer;
using minode::timers::TimerQueue;

TEST_CASE("timers fire in deadline order", "[timers]") {
  Loop loop;
  std::vector<int> order;
  Timer a(loop), b(loop), c(loop);
  a.start(30, 0, [&] { order.push_back(30); });
  b.start(10, 0, [&] { order.push_back(10); });
  c.start(20, 0, [&] { order.push_back(20); });
  loop.run();
  CHECK(order == std::vector<int>{10, 20, 30});
}

TEST_CASE("equal deadlines fire in start order (FIFO)", "[timers][fifo]") {
  Loop loop;
  std::vector<int> order;
  std::vector<std::unique_ptr<Timer>> timers;
  for (int i = 0; i < 50; ++i) {
    timers.push_back(std::make_unique<Timer>(loop));
    timers.back()->start(5, 0, [&order, i] { order.push_back(i); });
  }
  loop.run();
  REQUIRE(order.size() == 50);
  for (int i = 0; i < 50; ++i) CHECK(order[i] == i);
}

TEST_CASE("a restarted timer goes to the back of its deadline", "[timers][fifo]") {
  Loop loop;
  std::vector<std::string> order;
  Timer a(loop), b(loop);
  a.start(5, 0, [&] { order.push_back("a"); });
  b.start(5, 0, [&] { order.push_back("b"); });
  a.start(5, 0, [&] { order.push_back("a2"); });  // same deadline, later sequence
  loop.run();
  CHECK(order == std::vector<std::string>{"b", "a2"});
}

TEST_CASE("an unref'ed timer does not keep the loop alive", "[timers][ref]") {
  Loop loop;
  bool fired = false;
  Timer t(loop);
  t.start(10, 0, [&] { fired = true; });
  t.unref();
  CHECK_FALSE(loop.alive());
  loop.run();
  CHECK_FALSE(fired);
  CHECK(t.is_active());  // still armed, just not keeping the loop running
}

TEST_CASE("an unref'ed timer fires while a ref'ed one keeps the loop alive", "[timers][ref]") {
  Loop loop;
  std::vector<std::string> order;
  Timer weak(loop), strong(loop);
  weak.start(5, 0, [&] { order.push_back("weak"); });
  weak.unref();
  strong.start(20, 0, [&] { order.push_back("strong"); });
  loop.run();
  CHECK(order == std::vector<std::string>{"weak", "strong"});
}

TEST_CASE("unref from a callback lets the loop exit", "[timers][ref]") {
  Loop loop;
  int ticks = 0;
  Timer interval(loop);
  interval.start(1, 1, [&] {
    if (++ticks == 3) interval.unref();
  });
  loop.run();
  CHECK(ticks == 3);
  interval.stop();
}

TEST_CASE("a repeating timer can stop itself", "[timers][repeat]") {
  Loop loop;
  int ticks = 0;
  Timer t(loop);
  t.start(1, 2, [&] {
    if (++ticks == 4) t.stop();
  });
  loop.run();
  CHECK(ticks == 4);
  CHECK_FALSE(t.is_active());
}

TEST_CASE("a timer stopped by an earlier callback of the same batch does not run",
          "[timers][cancel]") {
  Loop loop;
  std::vector<std::string> order;
  Timer a(loop), b(loop), c(loop);
  a.start(5, 0, [&] {
    order.push_back("a");
    b.stop();
  });
  b.start(5, 0, [&] { order.push_back("b"); });
  c.start(5, 0, [&] { order.push_back("c"); });
  loop.run();
  CHECK(order == std::vector<std::string>{"a", "c"});
  CHECK_FALSE(loop.alive());
}

TEST_CASE("a callback may destroy its own timer", "[timers][close]") {
  Loop loop;
  auto t = std::make_unique<Timer>(loop);
  bool fired = false;
  t->start(1, 1, [&] {
    fired = true;
    t.reset();
  });
  loop.run();
  CHECK(fired);
  CHECK(t == nullptr);
  CHECK(TimerQueue::of(loop).size() == 0);
}

TEST_CASE("a callback may close its own timer", "[timers][close]") {
  Loop loop;
  Timer t(loop);
  int fired = 0, closed = 0;
  t.start(1, 1, [&] {
    ++fired;
    t.close([&] { ++closed; });
  });
  loop.run();
  CHECK(fired == 1);
  CHECK(closed == 1);
}

TEST_CASE("a timer started by a callback waits for the next timers phase", "[timers]") {
  Loop loop;
  std::vector<std::string> order;
  Timer a(loop), b(loop), c(loop);
  PhaseHandle check(loop, Phase::kCheck);
  check.start([&] { order.push_back("check"); });
  check.unref();
  a.start(0, 0, [&] {
    order.push_back("a");
    b.start(0, 0, [&] { order.push_back("b"); });  // due now, but not this batch
  });
  c.start(0, 0, [&] { order.push_back("c"); });
  loop.run();
  CHECK(order == std::vector<std::string>{"a", "c", "check", "b"});
}

TEST_CASE("timers run at the end of an iteration, after check (libuv >= 1.45)",
          "[timers][phases]") {
  Loop loop;
  std::vector<std::string> order;
  Timer t(loop);
  PhaseHandle check(loop, Phase::kCheck);
  check.start([&] {
    order.push_back("check@" + std::to_string(loop.iteration()));
    check.stop();
    // Due at once: runs in the timers phase that closes this same iteration.
    t.start(0, 0, [&] { order.push_back("timer@" + std::to_string(loop.iteration())); });
  });
  asio::post(loop.io(), [] {});  // something for poll, so it does not block
  loop.run();
  CHECK(order == std::vector<std::string>{"check@0", "timer@0"});
}

TEST_CASE("a timer callback schedules into the next iteration", "[timers][phases]") {
  Loop loop;
  std::vector<std::string> order;
  Timer t(loop), t2(loop);
  PhaseHandle check(loop, Phase::kCheck);
  t.start(0, 0, [&] {
    order.push_back("timer");
    loop.defer([&] { order.push_back("pending"); });
    asio::post(loop.io(), [&] { order.push_back("poll"); });
    check.start([&] {
      order.push_back("check");
      check.stop();
    });
    t2.start(0, 0, [&] { order.push_back("timer2"); });
  });
  loop.run();
  CHECK(order ==
        std::vector<std::string>{"timer", "pending", "poll", "check", "timer2"});
}

TEST_CASE("poll sleeps until the next timer instead of spinning", "[timers][poll]") {
  Loop loop;
  Timer t(loop);
  auto start = std::chrono::steady_clock::now();
  t.start(40, 0, [] {});
  loop.run();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - start).count();
  CHECK(ms >= 39);  // the loop clock is whole ms, read up to 1 ms early
  CHECK(loop.iteration() <= 2);
}

TEST_CASE("refresh re-arms a timer that already fired", "[timers][refresh]") {
  Loop loop;
  int fired = 0;
  Timer t(loop);
  t.start(1, 0, [&] {
    if (++fired < 3) t.refresh();
  });
  loop.run();
  CHECK(fired == 3);
}

TEST_CASE("a huge timeout is clamped, not wrapped", "[timers]") {
  Loop loop;
  Timer t(loop);
  t.start(UINT64_MAX, 0, [] {});
  CHECK(t.deadline() > loop.now());
  CHECK(TimerQueue::of(loop).next_deadline() == t.deadline());
  t.stop();
  CHECK(TimerQueue::of(loop).next_deadline() == minode::loop::kNoDeadline);
}
