// Catch2 tests for the completion queue (tag [completion]; the graded tests
// of exercises/07-completion-queue). Every loop run here has a deadline, so
// a queue that never wakes its loop fails instead of hanging.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>
#include <vector>

#include "loop/loop.hpp"
#include "threadpool/threadpool.hpp"

using minode::loop::Loop;
using minode::loop::RunMode;
using minode::threadpool::ThreadPool;

namespace {

// Spins loop until it has nothing left to do, or 5 s pass; true if it finished.
bool run_with_deadline(Loop& loop) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (loop.alive()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    loop.run(RunMode::kNoWait);
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return true;
}

}  // namespace

TEST_CASE("every completion reaches the loop thread exactly once", "[threadpool][completion]") {
  Loop loop;
  ThreadPool pool(4);
  constexpr int kJobs = 500;
  std::vector<int> calls(kJobs, 0);
  std::thread::id me = std::this_thread::get_id();
  std::atomic<int> off_loop{0};
  for (int i = 0; i < kJobs; ++i) {
    pool.submit(loop, [] {}, [&, i](int) {
      ++calls[i];
      if (std::this_thread::get_id() != me) ++off_loop;
    });
  }
  REQUIRE(run_with_deadline(loop));
  CHECK(off_loop == 0);
  for (int i = 0; i < kJobs; ++i) CHECK(calls[i] == 1);
}

TEST_CASE("a second burst wakes the loop again", "[threadpool][completion]") {
  Loop loop;
  ThreadPool pool(2);
  int done = 0;
  for (int round = 0; round < 3; ++round) {
    for (int i = 0; i < 10; ++i) pool.submit(loop, [] {}, [&](int) { ++done; });
    REQUIRE(run_with_deadline(loop));
    CHECK(done == 10 * (round + 1));
  }
}

TEST_CASE("a burst of completions costs one wake-up, not one each", "[threadpool][completion]") {
  // 3000 jobs finish while the loop is not looking. One loop iteration runs
  // at most Loop::kMaxPollCallbacks (1024) handlers in poll: a queue that
  // posts one handler per job needs three iterations, a batching one, one.
  Loop loop;
  ThreadPool pool(4);
  constexpr int kJobs = 3000;
  std::atomic<int> worked{0};
  int done = 0;
  for (int i = 0; i < kJobs; ++i) pool.submit(loop, [&] { ++worked; }, [&](int) { ++done; });
  while (worked < kJobs) std::this_thread::yield();
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // let the last pushes land
  loop.run(RunMode::kNoWait);
  CHECK(done == kJobs);
  REQUIRE(run_with_deadline(loop));
}

TEST_CASE("completions for two loops go to their own loop", "[threadpool][completion]") {
  Loop a, b;
  ThreadPool pool(2);
  int on_a = 0, on_b = 0;
  for (int i = 0; i < 20; ++i) {
    pool.submit(a, [] {}, [&](int) { ++on_a; });
    pool.submit(b, [] {}, [&](int) { ++on_b; });
  }
  REQUIRE(run_with_deadline(a));
  CHECK(on_a == 20);
  REQUIRE(run_with_deadline(b));
  CHECK(on_b == 20);
}
