package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.whosaid.Extraction;
import org.whosaid.model.Actor;
import org.whosaid.testing.FixtureLanguage;

/** {@link DeferredList}: worked out once, when first read, by any thread; immutable. */
class DeferredListTest {

  @Test
  void isWorkedOutOnceWhenFirstRead() {
    AtomicInteger made = new AtomicInteger();
    DeferredList<String> list = new DeferredList<>(() -> {
      made.incrementAndGet();
      return List.of("a", "b");
    });
    assertEquals(0, made.get(), "nothing is made before it is read");
    assertEquals(List.of("a", "b"), list);
    assertEquals(2, list.size());
    assertEquals(1, made.get());
    assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
  }

  @Test
  void threadsReadingAtOnceGetOneList() throws Exception {
    AtomicInteger made = new AtomicInteger();
    DeferredList<Object> list = new DeferredList<>(() -> {
      made.incrementAndGet();
      return List.of(new Object());
    });
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> firsts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        firsts.add(pool.submit(() -> list.get(0)));
      }
      for (Future<Object> f : firsts) {
        assertSame(firsts.get(0).get(), f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, made.get());
  }

  @Test
  void anExtractionsActorsAreItsSpeakersAndTheNamedOnes() {
    Extraction x = FixtureLanguage.WHO_SAID.extract(FixtureLanguage.article("a.txt",
        "Jan Peeters met Anna Berg. “We see no withdrawal,” said Anna Berg."));
    List<String> names = x.actors().stream().map(Actor::name).toList();
    assertEquals(List.of("Jan Peeters", "Anna Berg"), names);
    assertSame(x.statements().get(0).speaker().orElseThrow().actor(), x.actors().get(1), "the speaker is the listed actor");
    assertEquals(x.actors(), List.copyOf(x.actors()));
  }
}
