package org.whosaid.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link IntDoubleMap} holds what a {@code HashMap<Integer, Double>} holds after any operations. */
class IntDoubleMapTest {

  /** One operation: 0 put, 1 addTo, 2 remove, on a key from a small range so that keys collide. */
  record Op(int kind, int key, double value) {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 200),
        Arbitraries.doubles().between(-1, 1)).as(Op::new);
    return op.list().ofMaxSize(2000);
  }

  @Property(tries = 200)
  void behavesAsAHashMap(@ForAll("operations") List<Op> ops) {
    IntDoubleMap map = new IntDoubleMap();
    Map<Integer, Double> expected = new HashMap<>();
    for (Op op : ops) {
      switch (op.kind()) {
        case 0 -> {
          map.put(op.key(), op.value());
          expected.put(op.key(), op.value());
        }
        case 1 -> assertEquals(expected.merge(op.key(), op.value(), Double::sum), map.addTo(op.key(), op.value()));
        default -> {
          map.remove(op.key());
          expected.remove(op.key());
        }
      }
    }
    assertEquals(expected.size(), map.size());
    Map<Integer, Double> held = new HashMap<>();
    for (int s = 0; s < map.slots(); s++) {
      if (map.keyAt(s) >= 0) {
        held.put(map.keyAt(s), map.valueAt(s));
      }
    }
    assertEquals(expected, held);
    for (int k = 0; k <= 200; k++) {
      assertEquals(expected.getOrDefault(k, Double.NaN), map.get(k), "key " + k);
    }
  }

  @Test
  void refusesNegativeKeys() {
    IntDoubleMap map = new IntDoubleMap();
    assertThrows(IllegalArgumentException.class, () -> map.put(-1, 1));
    assertTrue(Double.isNaN(map.get(-1)));
  }
}
