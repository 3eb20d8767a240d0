package org.whosaid.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * Tutorial 7: processing a large collection. One {@code WhoSaid} is shared by a pool of threads;
 * at most a few articles per thread are in flight (a bounded window), so memory stays flat however
 * many files the directory holds; results are written as JSON Lines in input order, progress goes
 * to standard error.
 *
 * <pre>
 * java -cp examples/target/whosaid.jar org.whosaid.examples.T7LargeCollection examples/articles 2
 * </pre>
 */
public final class T7LargeCollection {
  private T7LargeCollection() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/articles");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    run(System.out, System.err, dir, threads);
  }

  static void run(PrintStream out, PrintStream progress, Path dir, int threads) throws IOException, InterruptedException {
    WhoSaid whoSaid = WhoSaid.create();
    ObjectMapper json = new ObjectMapper();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Future<String>> window = new ArrayDeque<>();
    int done = 0;
    try (Stream<Path> files = Files.walk(dir).filter(p -> p.toString().endsWith(".txt")).sorted()) {
      Iterator<Path> it = files.iterator();
      while (it.hasNext() || !window.isEmpty()) {
        while (it.hasNext() && window.size() < 4 * threads) {
          Path file = it.next();
          window.add(pool.submit(() -> toJsonLines(whoSaid, json, dir, file)));
        }
        out.print(take(window.removeFirst()));
        if (++done % 100 == 0 || window.isEmpty()) {
          progress.println("processed " + done + " articles");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String take(Future<String> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("an article failed", e.getCause());
    }
  }

  private static String toJsonLines(WhoSaid whoSaid, ObjectMapper json, Path dir, Path file) {
    try {
      String id = dir.relativize(file).toString();
      Extraction e = whoSaid.extract(Article.of(id, Files.readString(file, StandardCharsets.UTF_8)));
      StringBuilder lines = new StringBuilder();
      for (Statement s : e.statements()) {
        ObjectNode o = json.createObjectNode();
        o.put("article", id).put("type", s.type().name()).put("content", s.content())
            .put("speaker", s.actor().map(a -> a.name()).orElse(null)).put("stance", s.stance().name());
        lines.append(json.writeValueAsString(o)).append('\n');
      }
      return lines.toString();
    } catch (IOException ex) {
      throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
    }
  }
}
