// The completion queue (see completion_queue.hpp for the interface).
#include "threadpool/completion_queue.hpp"

#include <algorithm>
#include <utility>

#include <asio/io_context.hpp>
#include <asio/post.hpp>

namespace minode::threadpool {

// @anchor completion-push
void CompletionQueue::push(std::unique_ptr<Work> w) {
  loop::Loop* loop = w->loop;
  bool wake = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    done_.push_back(std::move(w));
    // Only the first completion of a batch wakes the loop: the drain it
    // posts will find the others too (uv_async_send coalesces the same way).
    if (std::find(posted_.begin(), posted_.end(), loop) == posted_.end()) {
      posted_.push_back(loop);
      wake = true;
    }
  }
  // io_context::post is thread-safe; the handler runs in the loop's poll phase.
  if (wake) asio::post(loop->io(), [this, loop] { drain(loop); });
}

// @anchor completion-drain
void CompletionQueue::drain(loop::Loop* loop) {
  std::vector<std::unique_ptr<Work>> ready;
  {
    std::lock_guard<std::mutex> lock(mu_);
    // Take this loop's completions, and clear its flag in the same critical
    // section: a push after this point posts a fresh drain.
    auto mine = std::stable_partition(done_.begin(), done_.end(),
                                      [loop](const std::unique_ptr<Work>& w) { return w->loop != loop; });
    std::move(mine, done_.end(), std::back_inserter(ready));
    done_.erase(mine, done_.end());
    posted_.erase(std::remove(posted_.begin(), posted_.end(), loop), posted_.end());
  }
  for (auto& w : ready) {
    if (w->done) w->done(w->status);
    w.reset();  // ends the request: the loop may now exit if nothing else is left
  }
}

}  // namespace minode::threadpool
