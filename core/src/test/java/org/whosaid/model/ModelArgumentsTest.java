package org.whosaid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value of the model refuses null and invalid arguments at once, naming what is wrong. */
class ModelArgumentsTest {

  private static final Span SPAN = Span.of(0, 3);
  private static final ActorKey KEY = ActorKey.of("person:test");
  private static final Actor ACTOR = Actor.builder("Ann").type(ActorType.PERSON).key(KEY).build();
  private static final Speaker SPEAKER = new Speaker(ACTOR, "Ann", SPAN);
  private static final Statement STATEMENT = new Statement("a.txt", "en", StatementType.DIRECT, "abc", SPAN,
      Optional.of(SPEAKER), Optional.empty(), Stance.ASSERT, List.of());

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Span.class, SPAN)
        .setDefault(ActorKey.class, KEY)
        .setDefault(Actor.class, ACTOR)
        .setDefault(Speaker.class, SPEAKER)
        .setDefault(Statement.class, STATEMENT)
        .setDefault(String.class, "abc")
        .setDefault(List.class, List.of(new Claim.Member(STATEMENT, Stance.ASSERT)));
  }

  @ParameterizedTest
  @ValueSource(classes = {Span.class, Article.class, Actor.class, ActorKey.class, Cue.class, Speaker.class,
      Statement.class, Claim.class, Claim.Member.class, Article.Builder.class, Actor.Builder.class})
  void everyPublicConstructorAndMethodRefusesNull(Class<?> type) {
    NullPointerTester t = tester();
    t.testAllPublicConstructors(type);
    t.testAllPublicStaticMethods(type);
  }

  @Test
  void buildersRefuseNullInEverySetter() {
    tester().testAllPublicInstanceMethods(Article.builder());
    tester().testAllPublicInstanceMethods(Actor.builder("Ann"));
  }

  @Test
  void nullIsNamedInTheMessage() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Article.of("a.txt", null));
    assertEquals("text", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Actor.builder("Ann").role(null));
    assertEquals("role", e.getMessage());
  }

  @Test
  void invalidValuesAreRefusedWithWhatIsWrong() {
    assertMessage(() -> Span.of(5, 3), "span [5, 3) must have 0 <= start <= end");
    assertMessage(() -> Span.of(-1, 3), "0 <= start");
    assertMessage(() -> Article.of(" ", "text"), "id must not be blank");
    assertMessage(() -> Article.builder().id("a").text("t").language("dutch").build(), "'dutch'");
    assertMessage(() -> ActorKey.of(""), "must not be blank");
    assertMessage(() -> new Speaker(ACTOR, "Ann", Span.of(0, 9)), "does not fit its span");
    assertMessage(() -> new Statement("a.txt", "en", StatementType.DIRECT, "abcd", SPAN, Optional.empty(),
        Optional.empty(), Stance.ASSERT, List.of()), "does not fit span");
    assertMessage(() -> new Claim("c", "s", List.of(), List.of(), java.util.Set.of("en")), "has no statements");
    IllegalStateException noText = assertThrows(IllegalStateException.class, () -> Article.builder().id("a").build());
    assertTrue(noText.getMessage().contains("needs a text"), noText.getMessage());
  }

  private static void assertMessage(Runnable r, String part) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
