package org.whosaid.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a piece of work over inputs on a fixed number of threads and hands each result on in input
 * order. At most a small window of results ({@value #WINDOW_PER_THREAD} per thread) is held at a
 * time, so memory stays bounded however many inputs there are.
 */
final class InOrder {

  static final int WINDOW_PER_THREAD = 4;

  private InOrder() {}

  /**
   * Applies {@code work} to every input and gives the results, in input order, to {@code sink},
   * which returns false to stop early. {@code work} must not throw.
   */
  static <I, R> void run(Iterable<I> inputs, int threads, Function<? super I, ? extends R> work, Predicate<? super R> sink) {
    if (threads <= 1) {
      for (I in : inputs) {
        if (!sink.test(work.apply(in))) {
          return;
        }
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads("whosaid-worker-"));
    Deque<Future<? extends R>> window = new ArrayDeque<>();
    try {
      for (I in : inputs) {
        if (window.size() == threads * WINDOW_PER_THREAD && !sink.test(next(window))) {
          return;
        }
        window.add(pool.submit(() -> work.apply(in)));
      }
      while (!window.isEmpty()) {
        if (!sink.test(next(window))) {
          return;
        }
      }
    } finally {
      window.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private static <R> R next(Deque<Future<? extends R>> window) {
    try {
      return window.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("work failed unexpectedly", e.getCause());
    }
  }

  /** Makes daemon threads named {@code prefix} and a number, so that a stuck worker never keeps the JVM alive. */
  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
