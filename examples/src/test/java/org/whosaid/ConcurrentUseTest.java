package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.testing.ExtractionInvariants;
import org.whosaid.testing.SharedCorpus;

/**
 * One {@link WhoSaid} used from many threads at once gives exactly what sequential use gives. Runs over {@code ../shared/corpus}; skipped where it is absent.
 */
class ConcurrentUseTest {

  private static final int THREADS = 8;

  private List<Article> articles;
  private ExecutorService pool;

  @BeforeEach
  void corpus() {
    List<SharedCorpus.Text> texts = SharedCorpus.texts();
    assumeFalse(texts.isEmpty(), "../shared/corpus is absent");
    articles = texts.stream().map(t -> Article.of(t.id(), t.text())).collect(Collectors.toList());
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void oneInstanceFromManyThreadsGivesTheSequentialResults() throws Exception {
    Map<String, Extraction> sequential = new ConcurrentHashMap<>();
    WhoSaid reference = WhoSaid.create();
    for (Article a : articles) {
      Extraction e = reference.extract(a);
      ExtractionInvariants.check(e, a.id());
      sequential.put(a.id(), e);
    }
    // a fresh instance, hit by every thread at once from its first call, each article three times in random order
    WhoSaid shared = WhoSaid.create();
    List<Article> work = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      work.addAll(articles);
    }
    Collections.shuffle(work, new Random(42));
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Extraction>> results = new ArrayList<>();
    for (Article a : work) {
      results.add(pool.submit(() -> {
        start.await();
        return shared.extract(a);
      }));
    }
    start.countDown();
    for (int i = 0; i < work.size(); i++) {
      Extraction got = results.get(i).get(5, TimeUnit.MINUTES);
      assertEquals(sequential.get(work.get(i).id()), got, work.get(i).id());
    }
  }
}
