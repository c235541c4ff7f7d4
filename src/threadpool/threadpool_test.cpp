// Catch2 tests for the thread pool: every job completes exactly once on the
// loop thread, in the poll phase; pending work keeps the loop alive; queued
// jobs can be cancelled; UV_THREADPOOL_SIZE is read as libuv reads it.
#include <atomic>
#include <catch2/catch.hpp>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "loop/handle.hpp"
#include "loop/loop.hpp"
#include "threadpool/threadpool.hpp"

using minode::loop::Loop;
using minode::loop::Phase;
using minode::threadpool::ThreadPool;
using minode::threadpool::threads_from_env;

namespace {

// Records which phase is running, to check where completions land.
struct PhaseSpy : minode::loop::Observer {
  Phase current = Phase::kClose;
  bool in_phase = false;
  void phase_begin(Phase p) override { current = p; in_phase = true; }
  void phase_end(Phase) override { in_phase = false; }
};

// A gate the tests open by hand, to hold workers busy.
struct Gate {
  std::mutex mu;
  std::condition_variable cv;
  bool open = false;
  void wait() {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [this] { return open; });
  }
  void release() {
    { std::lock_guard<std::mutex> lock(mu); open = true; }
    cv.notify_all();
  }
};

}  // namespace

TEST_CASE("many concurrent jobs complete exactly once, on the loop thread", "[threadpool]") {
  Loop loop;
  PhaseSpy spy;
  loop.set_observer(&spy);
  ThreadPool pool(4);
  constexpr int kJobs = 1000;
  std::vector<int> done_count(kJobs, 0);
  std::vector<int> results(kJobs, 0);
  std::atomic<int> worked{0};
  std::thread::id loop_thread = std::this_thread::get_id();
  bool all_on_loop = true, all_in_poll = true;
  for (int i = 0; i < kJobs; ++i) {
    pool.submit(loop, [&, i] { results[i] = i * 2; ++worked; },
                [&, i](int status) {
                  CHECK(status == 0);
                  ++done_count[i];
                  all_on_loop = all_on_loop && std::this_thread::get_id() == loop_thread;
                  all_in_poll = all_in_poll && spy.in_phase && spy.current == Phase::kPoll;
                });
  }
  CHECK(loop.active_requests() == kJobs);
  loop.run();
  CHECK(worked == kJobs);
  CHECK(all_on_loop);
  CHECK(all_in_poll);
  for (int i = 0; i < kJobs; ++i) {
    CHECK(done_count[i] == 1);
    CHECK(results[i] == i * 2);
  }
  CHECK(loop.active_requests() == 0);
}

TEST_CASE("work runs off the loop thread, on several workers", "[threadpool]") {
  Loop loop;
  ThreadPool pool(3);
  std::mutex mu;
  std::vector<std::thread::id> seen;
  Gate gate;
  std::atomic<int> arrived{0};
  for (int i = 0; i < 3; ++i) {
    pool.submit(loop, [&] {
      { std::lock_guard<std::mutex> lock(mu); seen.push_back(std::this_thread::get_id()); }
      if (++arrived == 3) gate.release();
      gate.wait();  // all three must be running at once to get here
    }, nullptr);
  }
  loop.run();
  REQUIRE(seen.size() == 3);
  CHECK(seen[0] != std::this_thread::get_id());
  CHECK(seen[0] != seen[1]);
  CHECK(seen[1] != seen[2]);
}

TEST_CASE("the loop stays alive while work is pending and exits when it is done", "[threadpool]") {
  Loop loop;
  ThreadPool pool(1);
  bool done = false;
  auto start = std::chrono::steady_clock::now();
  pool.submit(loop, [] { std::this_thread::sleep_for(std::chrono::milliseconds(50)); },
              [&](int) { done = true; });
  CHECK(loop.alive());
  CHECK_FALSE(loop.run());  // returns only once nothing is left
  CHECK(done);
  CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(50));
  CHECK_FALSE(loop.alive());
}

TEST_CASE("a completion may submit more work, and the loop waits for it", "[threadpool]") {
  Loop loop;
  ThreadPool pool(2);
  int chain = 0;
  std::function<void(int)> next = [&](int) {
    if (++chain < 10) pool.submit(loop, [] {}, next);
  };
  pool.submit(loop, [] {}, next);
  loop.run();
  CHECK(chain == 10);
}

TEST_CASE("a queued job can be cancelled; its done gets ECANCELED once", "[threadpool][cancel]") {
  Loop loop;
  ThreadPool pool(1);
  Gate gate;
  std::atomic<bool> started{false};
  int first = -1, second = -1, second_calls = 0;
  bool second_ran = false;
  pool.submit(loop, [&] { started = true; gate.wait(); }, [&](int s) { first = s; });
  auto id = pool.submit(loop, [&] { second_ran = true; },
                        [&](int s) { second = s; ++second_calls; });
  while (!started) std::this_thread::yield();  // the only worker is now busy
  CHECK(pool.queued() == 1);
  CHECK(pool.cancel(id));
  CHECK_FALSE(pool.cancel(id));  // already gone
  CHECK(second_calls == 0);      // not re-entrant: done waits for the loop
  gate.release();
  loop.run();
  CHECK(first == 0);
  CHECK(second == ECANCELED);
  CHECK(second_calls == 1);
  CHECK_FALSE(second_ran);
}

TEST_CASE("a running job cannot be cancelled", "[threadpool][cancel]") {
  Loop loop;
  ThreadPool pool(1);
  Gate gate;
  std::atomic<bool> started{false};
  int status = -1;
  auto id = pool.submit(loop, [&] { started = true; gate.wait(); }, [&](int s) { status = s; });
  while (!started) std::this_thread::yield();
  CHECK_FALSE(pool.cancel(id));
  gate.release();
  loop.run();
  CHECK(status == 0);
}

TEST_CASE("UV_THREADPOOL_SIZE is read as libuv reads it", "[threadpool]") {
  CHECK(threads_from_env(nullptr) == 4);
  CHECK(threads_from_env("") == 4);
  CHECK(threads_from_env("0") == 4);
  CHECK(threads_from_env("junk") == 4);
  CHECK(threads_from_env("1") == 1);
  CHECK(threads_from_env("16") == 16);
  CHECK(threads_from_env("100000") == 1024);
}
