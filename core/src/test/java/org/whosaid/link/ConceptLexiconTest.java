package org.whosaid.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.whosaid.spi.ConceptEntry;

class ConceptLexiconTest {

  private static final List<ConceptEntry> ENTRIES = List.of(
      new ConceptEntry("øvelse*", "exercise"), new ConceptEntry("militær", "military"),
      new ConceptEntry("ease", "reduce"), new ConceptEntry("continue*", "continue"),
      new ConceptEntry("zaken", ConceptLexicon.NONE));

  @Test
  void splitsACompoundWhereTheLanguageWritesItAsOneWord() {
    ConceptLexicon closed = ConceptLexicon.of(ENTRIES, true);
    assertEquals(List.of("military", "exercise"), closed.concepts("militærøvelsene"));
    assertEquals(List.of("exercise"), closed.concepts("Øvelsen"));
  }

  @Test
  void readsAWordOnlyWholeWhereTheLanguageWritesCompoundsApart() {
    ConceptLexicon open = ConceptLexicon.of(ENTRIES, false);
    assertEquals(List.of(), open.concepts("disease"), "no kind of ease");
    assertEquals(List.of(), open.concepts("discontinued"), "no kind of continuing");
    assertEquals(List.of("reduce"), open.concepts("ease"));
    assertEquals(List.of("continue"), open.concepts("continued"));
  }

  @Property
  void aWordReadWholeIsReadAlikeWithOrWithoutCompounds(@ForAll @AlphaChars @StringLength(max = 20) String word) {
    List<String> whole = ConceptLexicon.of(ENTRIES, false).concepts(word);
    List<String> split = ConceptLexicon.of(ENTRIES, true).concepts(word);
    assertTrue(whole.isEmpty() || whole.equals(split), word);
  }
}
