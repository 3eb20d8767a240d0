package org.whosaid.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RangeExtremesTest {

  @Test
  void answersTheExtremesOfARange() {
    RangeExtremes r = new RangeExtremes(new int[] {5, 3, 9, 1, 7});
    assertEquals(3, r.min(0, 3));
    assertEquals(9, r.max(0, 3));
    assertEquals(1, r.min(1, 5));
    assertEquals(7, r.max(4, 5));
  }

  @Test
  void anEmptyRangeHasNoExtremes() {
    RangeExtremes r = new RangeExtremes(new int[0]);
    assertEquals(Integer.MAX_VALUE, r.min(0, 0));
    assertEquals(Integer.MIN_VALUE, r.max(0, 0));
  }

  @Property
  void everyRangeAgreesWithAPlainScan(@ForAll @Size(max = 70) List<@IntRange(min = -1000, max = 1000) Integer> list,
      @ForAll @IntRange(max = 70) int a, @ForAll @IntRange(max = 70) int b) {
    int[] values = list.stream().mapToInt(Integer::intValue).toArray();
    int from = Math.min(Math.min(a, b), values.length);
    int to = Math.min(Math.max(a, b), values.length);
    RangeExtremes r = new RangeExtremes(values);
    int[] range = Arrays.copyOfRange(values, from, to);
    assertEquals(Arrays.stream(range).min().orElse(Integer.MAX_VALUE), r.min(from, to));
    assertEquals(Arrays.stream(range).max().orElse(Integer.MIN_VALUE), r.max(from, to));
  }

  @Property(tries = 50)
  void rangesLongerThanTheTableAgreeWithAPlainScan(@ForAll @IntRange(min = 0, max = 5000) int a,
      @ForAll @IntRange(min = 0, max = 5000) int b, @ForAll long seed) {
    int[] values = new java.util.Random(seed).ints(5000, -100_000, 100_000).toArray();
    int from = Math.min(a, b);
    int to = Math.max(a, b);
    RangeExtremes r = new RangeExtremes(values);
    int[] range = Arrays.copyOfRange(values, from, to);
    assertEquals(Arrays.stream(range).min().orElse(Integer.MAX_VALUE), r.min(from, to));
    assertEquals(Arrays.stream(range).max().orElse(Integer.MIN_VALUE), r.max(from, to));
  }
}
