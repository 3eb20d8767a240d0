package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SortedTest {

  @Test
  void findsTheFirstKeyAtLeastTheValue() {
    int[] keys = {2, 4, 4, 7};
    assertEquals(1, Sorted.firstAtLeast(keys.length, i -> keys[i], 3));
    assertEquals(1, Sorted.firstAtLeast(keys.length, i -> keys[i], 4));
    assertEquals(4, Sorted.firstAtLeast(keys.length, i -> keys[i], 8));
    assertEquals(0, Sorted.firstAtLeast(keys.length, i -> keys[i], 1));
  }

  @Property
  void searchingFromAHintFindsWhatAPlainSearchFinds(
      @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 300) Integer> list,
      @ForAll @IntRange(min = -5, max = 305) int value, @ForAll @IntRange(min = -10, max = 210) int hint) {
    int[] keys = list.stream().mapToInt(Integer::intValue).sorted().toArray();
    assertEquals(Sorted.firstAtLeast(keys.length, i -> keys[i], value),
        Sorted.firstAtLeast(keys.length, i -> keys[i], value, hint));
  }
}
