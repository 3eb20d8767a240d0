package org.whosaid.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link LastWordFilter}: never turns away a name the gazetteer folds to one of its forms. */
class LastWordFilterTest {

  private static final List<String> FORMS = List.of("Recep Tayyip Erdoğan", "Jean-Claude Juncker", "O'Brien",
      "Zelenskyj", "NAVO", "Støre", "Rusland", "Straße", "Кремль");
  private static final Set<String> FOLDED = FORMS.stream().map(NameFolder::fold).collect(Collectors.toSet());
  private final LastWordFilter filter = new LastWordFilter(FOLDED);

  @Test
  void letsThroughEveryWritingOfAFormsLastWord() {
    for (String name : List.of("Erdoğan", "ERDOGAN", "president Erdogan’s", "Juncker's", "Jean-Claude Juncker.",
        "O’Brien", "OBrien", "Zelenskyjs", "NAVO-", "Navo", "Jonas Gahr Støre", "Støres", "Store", "Ruslands",
        "Strasse")) {
      assertTrue(filter.mayHave(name), name);
    }
  }

  @Test
  void turnsAwayNamesThatEndInAnotherWord() {
    for (String name : List.of("Jan Peeters", "Erdoğan Street", "Junckers Plan", "Oekraïne", "", " ,")) {
      assertFalse(filter.mayHave(name), name);
    }
  }

  @Test
  void letsThroughWhatOnlyTheTransliteratorFolds() {
    assertTrue(filter.mayHave("Путин"), "another script is folded whole, not a character at a time");
    assertTrue(filter.mayHave("Кремль"));
  }

  @Property
  void neverTurnsAwayANameThatFoldsToAForm(@ForAll("namesNearForms") String name) {
    boolean found = FOLDED.contains(NameFolder.fold(name)) || FOLDED.contains(NameFolder.fold(Gazetteer.withoutGenitive(name)));
    assertTrue(!found || filter.mayHave(name), name);
    char[] inText = ("Rusland " + name + " NAVO").toCharArray();
    assertEquals(filter.mayHave(name), filter.mayHave(inText, 8, 8 + name.length()), "the name read inside a text: " + name);
  }

  @Provide
  Arbitrary<String> namesNearForms() {
    Arbitrary<String> form = Arbitraries.of(FORMS);
    Arbitrary<String> before = Arbitraries.of("", "de ", "The ", "  ", "'", "«", "-");
    Arbitrary<String> after = Arbitraries.of("", "s", "’s", "'s", ".", "”", " ", "-", "es", "x");
    Arbitrary<Boolean> upper = Arbitraries.of(true, false);
    return Combinators.combine(before, form, after, upper)
        .as((b, f, a, u) -> b + (u ? f.toUpperCase(java.util.Locale.ROOT) : f) + a);
  }
}
