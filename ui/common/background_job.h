#pragma once
// BackgroundJob: the one way the window runs long work off the GUI thread — a training run, the
// init comparison, the explorer's snapshot of a large configuration. One worker thread at a time,
// with a stop flag the work polls where it can stop (as the render thread of Qt's Mandelbrot
// example checks `abort`): start() runs work(control) on a new thread after joining the previous
// one; requestStop() raises the flag and calls the hook the work registered (a Trainer's
// requestStop); join() waits. The destructor requests a stop and joins, so no worker outlives its
// owner. Results travel back by the owner's own means (an inbox under a mutex, a queued call);
// no exception may leave work (it is caught and the process terminated otherwise, as for any
// thread), so works catch their own and report them as results.
// Thread safety: start, requestStop and join from the owner's thread; Control from the worker.
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace lstmviz::ui {

class BackgroundJob {
  struct State;

 public:
  // The work's side of its job.
  class Control {
   public:
    explicit Control(std::shared_ptr<State> state) : state_(std::move(state)) {}
    // True once requestStop() was called for this work.
    bool stopRequested() const;
    // Calls onStop at requestStop() (at once if a stop was already requested) until the guard
    // goes: e.g. trainer.requestStop, so a Trainer stops at its next batch.
    class StopHook {
     public:
      explicit StopHook(std::shared_ptr<State> state) : state_(std::move(state)) {}
      ~StopHook();
      StopHook(const StopHook&) = delete;
      StopHook& operator=(const StopHook&) = delete;

     private:
      std::shared_ptr<State> state_;
    };
    [[nodiscard]] StopHook forwardStop(std::function<void()> onStop);

   private:
    std::shared_ptr<State> state_;
  };
  using Work = std::function<void(Control& control)>;

  BackgroundJob() = default;
  ~BackgroundJob();
  BackgroundJob(const BackgroundJob&) = delete;
  BackgroundJob& operator=(const BackgroundJob&) = delete;

  // Joins the previous work (it must end by itself or have been asked to stop), then runs work
  // on a new thread with a fresh stop flag.
  void start(Work work);
  // Asks the running work to stop (no effect when none runs).
  void requestStop();
  // Waits for the work to return.
  void join();
  bool joinable() const { return thread_.joinable(); }

 private:
  struct State {
    std::mutex mutex;
    bool stop = false;
    std::function<void()> onStop;
  };
  std::shared_ptr<State> state_;
  std::thread thread_;
};

}  // namespace lstmviz::ui
