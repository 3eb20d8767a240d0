package org.whosaid.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;

/**
 * {@code bench [--threads N] [--seconds S] PATH...}: the throughput of {@code extract} and, in the
 * same run over the same texts, of a plain Lucene {@link StandardTokenizer} pass.
 *
 * <p>The texts are read into memory first (bad inputs are named on standard error and left out).
 * Each pass is then warmed up for {@code S/2} seconds and at least one full pass over the texts,
 * and on until the JIT compiler is done with it ({@value #QUIET_ROUNDS} rounds in a row without
 * compiling; at most {@code 2S} more, and at most {@value #MAX_EXTRA_SECONDS} s),
 * and measured for {@code S} seconds (default {@value #DEFAULT_SECONDS}) on {@code N} threads
 * (default 1). The measured time is cut into rounds of at most a second that alternate between the
 * two passes, so that a change in machine load during the run falls on both alike. Every thread
 * takes the next article from a shared cursor and processes it whole; a pass's throughput is the
 * characters processed over the wall-clock time of its rounds. The last line on standard output is
 * the contract's JSON object.
 */
final class BenchCommand {

  static final double DEFAULT_SECONDS = 10;
  static final double MAX_SECONDS = 3600;
  private static final double ROUND_SECONDS = 1.0;
  /** The share of a warm-up round the JIT compiler may take for the pass to count as warm. */
  private static final double QUIET_SHARE = 0.01;
  /**
   * How many quiet rounds in a row make a pass warm: the compiler works in bursts, as more of the
   * stages' code grows hot, and one quiet round may fall between two of them.
   */
  private static final int QUIET_ROUNDS = 3;
  /** How long the warm-up goes on at most, after its {@code S/2} seconds, waiting for the JIT compiler. */
  private static final double MAX_EXTRA_SECONDS = 60;

  private final Cli cli;

  BenchCommand(Cli cli) {
    this.cli = cli;
  }

  /** Characters processed and the wall-clock nanoseconds it took. */
  record Measure(long chars, long nanos) {

    Measure plus(Measure o) {
      return new Measure(chars + o.chars, nanos + o.nanos);
    }

    long charsPerSecond() {
      return nanos == 0 ? 0 : Math.round(chars * 1e9 / nanos);
    }
  }

  int run(String[] args) {
    Options options;
    int threads;
    double seconds;
    try {
      options = Options.parse(args, Set.of("--threads", "--seconds"));
      threads = options.intValue("--threads", 1, 1, Cli.MAX_THREADS);
      seconds = options.positiveValue("--seconds", DEFAULT_SECONDS, MAX_SECONDS);
    } catch (Options.UsageError e) {
      return cli.usage(e.getMessage());
    }
    Cli.Listing listing = cli.list(options.paths());
    int status = listing.status();
    List<Article> articles = new ArrayList<>();
    long chars = 0;
    for (InputFiles.Input in : listing.inputs()) {
      try {
        String text = InputFiles.read(in.path());
        articles.add(Article.builder().id(in.id()).text(text).build());
        chars += text.length();
      } catch (InputFiles.BadInput e) {
        cli.problem(in.path(), e.getMessage());
        status = Cli.SOME_FAILED;
      }
    }
    if (chars == 0) {
      cli.err().println("whosaid: bench: no text to measure");
      printResult(0, 0, threads, new Measure(0, 0), new Measure(0, 0));
      return Cli.SOME_FAILED;
    }
    WhoSaid whoSaid = WhoSaid.create();
    ThreadLocal<StandardTokenizer> tokenizers = ThreadLocal.withInitial(StandardTokenizer::new);
    ToLongFunction<Article> extract = a -> whoSaid.extract(a).statements().size();
    ToLongFunction<Article> tokenize = a -> tokenize(tokenizers.get(), a.text());
    cli.err().printf(Locale.ROOT, "bench: %d articles, %d chars, %d thread%s; warm-up at least %.1f s, then %.1f s per pass%n",
        articles.size(), chars, threads, threads == 1 ? "" : "s", seconds / 2, seconds);
    ExecutorService pool = Executors.newFixedThreadPool(threads, InOrder.daemonThreads("whosaid-bench-"));
    try {
      Runner runner = new Runner(pool, threads, articles);
      runner.warmUp(extract, seconds / 2);
      runner.warmUp(tokenize, seconds / 2);
      int rounds = (int) Math.ceil(seconds / ROUND_SECONDS);
      double roundSeconds = seconds / rounds;
      Measure extracted = new Measure(0, 0);
      Measure tokenized = new Measure(0, 0);
      for (int r = 0; r < rounds; r++) {
        if (r % 2 == 0) {
          extracted = extracted.plus(runner.runFor(extract, roundSeconds));
          tokenized = tokenized.plus(runner.runFor(tokenize, roundSeconds));
        } else {
          tokenized = tokenized.plus(runner.runFor(tokenize, roundSeconds));
          extracted = extracted.plus(runner.runFor(extract, roundSeconds));
        }
      }
      cli.err().printf(Locale.ROOT, "bench: extract %.2f MB/s (%d chars in %.2f s), tokenize %.2f MB/s (%d chars in %.2f s)%n",
          extracted.charsPerSecond() / 1e6, extracted.chars(), extracted.nanos() / 1e9,
          tokenized.charsPerSecond() / 1e6, tokenized.chars(), tokenized.nanos() / 1e9);
      printResult(chars, articles.size(), threads, extracted, tokenized);
    } catch (RuntimeException e) {
      cli.err().println("whosaid: bench failed: " + e);
      return Cli.SOME_FAILED;
    } finally {
      pool.shutdownNow();
    }
    return status;
  }

  private void printResult(long chars, int articles, int threads, Measure extracted, Measure tokenized) {
    long extract = extracted.charsPerSecond();
    long tokenize = tokenized.charsPerSecond();
    double ratio = tokenize == 0 ? 0.0 : Math.round(1000.0 * extract / tokenize) / 1000.0;
    cli.out().println(JsonLines.write(g -> {
      g.writeStartObject();
      g.writeNumberField("chars", chars);
      g.writeNumberField("articles", articles);
      g.writeNumberField("threads", threads);
      g.writeNumberField("extractCharsPerSecond", extract);
      g.writeNumberField("tokenizeCharsPerSecond", tokenize);
      g.writeNumberField("ratio", ratio);
      g.writeEndObject();
    }));
    cli.out().flush();
  }

  /** A plain pass of Lucene's standard tokenizer over {@code text}; returns the number of tokens. */
  static long tokenize(StandardTokenizer tokenizer, String text) {
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      long tokens = 0;
      while (tokenizer.incrementToken()) {
        tokens++;
      }
      tokenizer.end();
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Runs a pass on every thread of a pool, each taking whole articles from a shared cursor. */
  private static final class Runner {
    private final ExecutorService pool;
    private final int threads;
    private final List<Article> articles;
    private final AtomicLong cursor = new AtomicLong();
    private volatile long sink;

    Runner(ExecutorService pool, int threads, List<Article> articles) {
      this.pool = pool;
      this.threads = threads;
      this.articles = articles;
    }

    /**
     * Runs the pass for {@code seconds} and at least once over every article, then on in rounds
     * until the JIT compiler is done with it ({@value #QUIET_ROUNDS} rounds in a row in each of
     * which it spent less than {@value #QUIET_SHARE} of the time compiling) or four times {@code
     * seconds} more, at most {@value #MAX_EXTRA_SECONDS} s, have passed: with two threads on two
     * cores, the compiler competes with the pass for the cores.
     */
    void warmUp(ToLongFunction<Article> pass, double seconds) {
      long goal = articles.size();
      long done = 0;
      long end = System.nanoTime() + (long) (seconds * 1e9);
      do {
        long before = cursor.get();
        runFor(pass, Math.max(0.1, (end - System.nanoTime()) / 1e9));
        done += cursor.get() - before;
      } while (done < goal || System.nanoTime() < end);
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
        return;
      }
      double round = Math.min(ROUND_SECONDS, seconds);
      double most = Math.min(MAX_EXTRA_SECONDS, 4 * seconds);
      int quiet = 0;
      for (double extra = 0; extra < most && quiet < QUIET_ROUNDS; extra += round) {
        long compiling = jit.getTotalCompilationTime();
        runFor(pass, round);
        quiet = jit.getTotalCompilationTime() - compiling < QUIET_SHARE * round * 1000 ? quiet + 1 : 0;
      }
    }

    /** Runs the pass on every thread until {@code seconds} have passed; each thread finishes its article. */
    Measure runFor(ToLongFunction<Article> pass, double seconds) {
      long start = System.nanoTime();
      long deadline = start + (long) (seconds * 1e9);
      List<Callable<Long>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(() -> {
          long chars = 0;
          long result = 0;
          int n = articles.size();
          do {
            Article a = articles.get((int) (cursor.getAndIncrement() % n));
            result += pass.applyAsLong(a);
            chars += a.text().length();
          } while (System.nanoTime() < deadline);
          sink += result;
          return chars;
        });
      }
      long chars = 0;
      try {
        for (Future<Long> f : pool.invokeAll(tasks)) {
          chars += f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a pass failed: " + e.getCause(), e.getCause());
      }
      return new Measure(chars, System.nanoTime() - start);
    }
  }
}
