package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.model.Article;
import org.whosaid.testing.ExtractionInvariants;

/**
 * Whatever the text (any Unicode including lone surrogates, control characters, right-to-left
 * text, very long lines, runs of every quote mark and dash, text without spaces, mixed languages),
 * extraction never throws or hangs, its spans are valid, its output is deterministic, and its
 * work grows linearly with the text.
 */
class ArbitraryTextPropertiesTest {

  private static final WhoSaid WHO_SAID = WhoSaid.create();
  private static final Duration NO_HANG = Duration.ofSeconds(30);

  /** Every quote mark and dash the languages know, and their look-alikes. */
  static final List<String> MARKS = List.of(",,", "„", "“", "”", "‘", "’", "‚", "‛", "\"", "'", "''", "«", "»", "‹", "›",
      "「", "」", "–", "—", "-", "‐", "‑", "‒", "―", "−", "– ", "- ", "\n- ", "\n– ", ":", "…");

  /** Sentences in the three languages and others, with quotes and speech verbs. */
  static final List<String> SENTENCES = List.of(
      ",,We geloven het als we zien”, zei de Oekraïense minister Dmitro Koeleba. ",
      "Het Kremlin ontkende dat er plannen waren, zei woordvoerder Peskov. ",
      "– Vi trekker oss ikke tilbake, sa Støre til NTB. ",
      "«Dette er alvorlig», sier utenriksministeren. ",
      "“We will not back down,” the minister said on Monday. ",
      "Putin said that Russia had no plans to attack. ",
      "Der Minister sagte: „Das ist ernst.“ ",
      "Le ministre a déclaré : « C'est grave ». ",
      "\"قال الوزير\" إن الوضع خطير. ",
      "השר אמר: \"המצב חמור\". ",
      "Президент сказал: «Это серьёзно». ",
      "首相は「深刻だ」と述べた。",
      "\n\n", "\n");

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(500),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f', '\u0085', '\u00a0', '\u00ad',
            '\u2028', '\u2029', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\ufeff', '\ufffd', 'a', '"', '«')
            .ofMaxLength(500),
        joined(Arbitraries.of("\u202e", "\u202b", "\u202c", "\u200f", "\u2067", "\u2069", "שלום", "قال", "\"", "«", "»", " ",
            "1234", "אמר השר", "\n"), 200),
        joined(Arbitraries.oneOf(Arbitraries.of(MARKS), Arbitraries.of(" ", "\n", "\n\n", "a", "Hij", "sa")), 400),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars("«»“”„\"',.-–—’".toCharArray())
            .ofMinLength(1).ofMaxLength(5000),
        joined(Arbitraries.of(SENTENCES), 60),
        Arbitraries.of(SENTENCES).flatMap(s -> Arbitraries.integers().between(50, 400).map(n -> s.strip().repeat(n))));
  }

  private static Arbitrary<String> joined(Arbitrary<String> pieces, int maxPieces) {
    return pieces.list().ofMaxSize(maxPieces).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Optional<String>> language() {
    return Arbitraries.of(Optional.empty(), Optional.of("nl"), Optional.of("no"), Optional.of("en"));
  }

  private static Article article(String text, Optional<String> language) {
    Article.Builder b = Article.builder().id("arbitrary").text(text);
    language.ifPresent(b::language);
    return b.build();
  }

  @Property(tries = 400)
  void neverThrowsNorHangsAndSpansAreValid(@ForAll("anyText") String text, @ForAll("language") Optional<String> language) {
    Extraction e = assertTimeoutPreemptively(NO_HANG, () -> WHO_SAID.extract(article(text, language)));
    ExtractionInvariants.check(e, "text of " + text.length() + " chars as " + language.orElse("auto"));
    assertEquals(text, e.article().text());
  }

  @Property(tries = 150)
  void sameTextGivesTheSameResult(@ForAll("anyText") String text, @ForAll("language") Optional<String> language) {
    Article a = article(text, language);
    Extraction first = WHO_SAID.extract(a);
    assertEquals(first, WHO_SAID.extract(a));
    assertEquals(first, WhoSaid.create().extract(article(new String(text.toCharArray()), language)), "another instance, an equal string");
  }

  /** Texts that stress one stage each: marks, unclosed quotes, dashes, one endless word or name, abbreviations, cues. */
  static final List<String> ADVERSARIAL = List.of(",,«“„\"'’‘‹»”\"''›– - ", "« ", "“", "\n- Ja, sa han. ", "abcdefghij",
      "A. ", "Jan Peter Kees ", "ABCDEFGHIJ", "NAVO-chef-", "Koeleba: \"Ja\" ", "“Yes,” said Putin. “No,” he said. ",
      " zei hij, sa han, said she. ", "regio’s ", "\uD83D\uDE00\uD800a\uDC00 ", "\u202eשלום \u200f", ".", "\n", ",, ", "'' ");

  static List<Arguments> adversarialTexts() {
    List<Arguments> all = new ArrayList<>();
    for (String pattern : ADVERSARIAL) {
      for (Optional<String> language : List.of(Optional.<String>empty(), Optional.of("nl"), Optional.of("no"), Optional.of("en"))) {
        all.add(Arguments.of(pattern, language));
      }
    }
    return all;
  }

  /**
   * Work, counted as the bytes the extraction allocates on this thread, grows at most linearly: a
   * text ten times longer costs at most eleven times as much. Allocation is a count, not a clock,
   * so this holds on a loaded machine too (it catches, e.g., a substring made at every position of
   * a word); the time itself is measured by the JMH benchmark {@code LinearTimeBenchmark}.
   */
  @ParameterizedTest
  @MethodSource("adversarialTexts")
  void workGrowsLinearlyWithTheText(String pattern, Optional<String> language) {
    assertLinearWork(pattern, language, 2000);
  }

  @Property(tries = 20)
  void workGrowsLinearlyOnRandomMarksAndSentences(@ForAll("markedText") String pattern, @ForAll("language") Optional<String> language,
      @ForAll @IntRange(min = 1000, max = 2500) int size) {
    assertLinearWork(pattern, language, size);
  }

  @Provide
  Arbitrary<String> markedText() {
    return Arbitraries.oneOf(joined(Arbitraries.of(MARKS), 12), joined(Arbitraries.of(SENTENCES), 3)).filter(s -> !s.isEmpty());
  }

  private static void assertLinearWork(String pattern, Optional<String> language, int size) {
    com.sun.management.ThreadMXBean threads = allocationCounter();
    Article smallText = article(repeatTo(pattern, size), language);
    Article largeText = article(repeatTo(pattern, size * 10), language);
    // both once first, so that both are counted with the code compiled alike (escape analysis
    // takes allocations away once the compiler is done, which would favour the one counted later)
    WHO_SAID.extract(smallText);
    WHO_SAID.extract(largeText);
    long small = allocated(threads, smallText);
    long large = allocated(threads, largeText);
    assertTrue(large <= 11 * small, () -> "10x the text '" + pattern.replace("\n", "\\n") + "' as " + language.orElse("auto")
        + " allocated " + String.format("%.1f", large / (double) small) + "x: " + small + " -> " + large + " bytes");
  }

  private static String repeatTo(String pattern, int size) {
    return pattern.repeat(size / pattern.length() + 1).substring(0, size);
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    boolean counts = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled();
    assumeTrue(counts, "this JVM does not count allocated bytes per thread");
    return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  }

  /** The fewest bytes one extraction of the text allocated, over three runs (the first may load classes). */
  private static long allocated(com.sun.management.ThreadMXBean threads, Article a) {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = threads.getCurrentThreadAllocatedBytes();
      WHO_SAID.extract(a);
      fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
    }
    return fewest;
  }
}
