package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.whosaid.link.CorpusActor;
import org.whosaid.model.Article;
import org.whosaid.testing.SharedCorpus;

/**
 * A {@link Corpus} fed from many threads in random order links exactly what one fed in order
 * links: the same actors and claims, in the same order. Runs over articles of every language of
 * {@code ../shared/corpus}; skipped where it is absent.
 */
class ConcurrentCorpusTest {

  private static final int THREADS = 8;
  private static final int PER_LANGUAGE = 60;

  @Test
  void aCorpusFedFromManyThreadsHasTheActorsAndClaimsOfOneFedInOrder() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (String language : List.of("en", "nl", "no")) {
      SharedCorpus.texts(Optional.of(language)).stream().limit(PER_LANGUAGE).forEach(t -> articles.add(Article.of(t.id(), t.text())));
    }
    assumeFalse(articles.isEmpty(), "../shared/corpus is absent");
    WhoSaid whoSaid = WhoSaid.create();
    Corpus inOrder = whoSaid.corpus();
    articles.forEach(inOrder::add);

    Corpus parallel = whoSaid.corpus();
    List<Article> shuffled = new ArrayList<>(articles);
    Collections.shuffle(shuffled, new Random(7));
    List<Callable<Void>> adds = new ArrayList<>();
    for (Article a : shuffled) {
      adds.add(() -> {
        parallel.add(a);
        return null;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (Future<Void> f : pool.invokeAll(adds)) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(inOrder.articles(), parallel.articles());
    assertEquals(inOrder.statements(), parallel.statements());
    assertFalse(inOrder.actors().isEmpty());
    assertFalse(inOrder.claims().isEmpty());
    assertSameLines("actors", describeActors(inOrder), describeActors(parallel));
    assertSameLines("claims", describeClaims(inOrder), describeClaims(parallel));
  }

  /** Equal lists, a failure naming the first line that differs rather than printing both lists whole. */
  private static void assertSameLines(String what, List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), what + " line " + i);
    }
    assertEquals(expected.size(), actual.size(), "number of " + what);
  }

  /** Every actor with its key, name, aliases, articles and statements, in the corpus's order. */
  private static List<String> describeActors(Corpus c) {
    return c.actors().stream().map(CorpusActor::toString).collect(Collectors.toList());
  }

  /** Every claim as its id, summary and statements, in the corpus's order. */
  private static List<String> describeClaims(Corpus c) {
    return c.claims().stream()
        .map(cl -> cl.id() + " " + cl.summary() + " " + cl.actors() + " " + cl.statements().stream()
            .map(m -> m.statement().articleId() + "@" + m.statement().span() + ":" + m.stance())
            .collect(Collectors.joining(" ")))
        .collect(Collectors.toList());
  }
}
