package org.whosaid.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.whosaid.spi.SpellingRule;

/** {@link NameFolder}: any script to ASCII, a language's transliteration, the common skeleton. */
class NameFolderTest {

  /** Dutch conventions, as the Dutch module writes them. */
  private static final NameFolder DUTCH = NameFolder.of(List.of(
      new SpellingRule("tsj", "ch", false), new SpellingRule("sj", "sh", false), new SpellingRule("zj", "zh", false),
      new SpellingRule("oe", "u", false),
      new SpellingRule("ij", "y", true), new SpellingRule("j", "y", false)));

  @Test
  void foldsScriptsCaseAndDiacriticsToLowerCaseAscii() {
    assertEquals("kuleba", NameFolder.fold("Куле́ба"));
    assertEquals("oekraine", NameFolder.fold("Oekraïne"));
    assertEquals("jonas gahr store", NameFolder.fold("Jonas Gahr Støre"));
    assertEquals("obrien", NameFolder.fold("O’Brien"));
    assertEquals("nato sjef", NameFolder.fold("NATO-sjef"));
    assertEquals("", NameFolder.fold(" – … "));
  }

  @Test
  void transliterationsOfOneNameMeet() {
    NameFolder english = NameFolder.plain();
    assertEquals(english.key("Dmytro Kuleba"), DUTCH.key("Dmitro Koeleba"));
    assertEquals(english.key("Dmytro Kuleba"), english.key("Дмитро Кулеба"));
    assertEquals(english.key("Sergey Shoygu"), DUTCH.key("Sergej Sjojgoe"));
    assertEquals(english.key("Zelenskyy"), english.key("Zelensky"));
    // Russian х: English "kh", Dutch and German "ch"
    assertEquals(english.key("Mikhail Zakharova"), DUTCH.key("Michail Zacharova"));
    assertEquals(english.key("Mikhail Khodorkovsky"), DUTCH.key("Michail Chodorkovski"));
    // Russian оу: English "ou", Dutch "oe"
    assertEquals(english.key("Andrei Belousov"), DUTCH.key("Andrej Beloesov"));
    // Russian ж inside a word: English "zh", Dutch "zj", Norwegian "sj" (as for ш)
    NameFolder norwegianLike = NameFolder.of(List.of(new SpellingRule("sj", "sh", false), new SpellingRule("j", "y", true)));
    assertEquals(english.key("Valery Zaluzhny"), norwegianLike.key("Valerij Zalusjnyj"));
    assertEquals(english.key("Leonid Brezhnev"), DUTCH.key("Leonid Brezjnev"));
    assertTrue(DUTCH.respells("Koeleba"));
    assertFalse(DUTCH.respells("Stoltenberg"));
  }

  @Test
  void differentNamesStayDifferent() {
    assertNotEquals(DUTCH.key("Sergej Lavrov"), DUTCH.key("Sergej Lavrova"));
    assertNotEquals(DUTCH.key("Joelia"), DUTCH.key("Julian"));
    assertNotEquals(NameFolder.plain().key("George Bush"), NameFolder.plain().key("George W Bush"));
    // "Khan" and "Chan" share a skeleton (Russian х at the start, "Khodorkovsky" and "Chodorkovski"); given names tell them apart
    assertNotEquals(NameFolder.plain().key("Sadiq Khan"), NameFolder.plain().key("Jackie Chan"));
    assertNotEquals(NameFolder.plain().key("Zhang Wei"), NameFolder.plain().key("Shang Wei"));
  }

  @Test
  void arabicAndPersianConsonantsShareASkeleton() {
    assertEquals(NameFolder.plain().key("Naim Qassem"), NameFolder.plain().key("Naim Kassem"));
    assertEquals(NameFolder.plain().key("Abbas Araghchi"), NameFolder.plain().key("Abbas Araqchi"));
    assertEquals(NameFolder.plain().key("Ismail Haniyeh"), NameFolder.plain().key("Ismail Haniya"));
    assertNotEquals(NameFolder.plain().key("Ismail Haniyeh"), NameFolder.plain().key("Ismail Hani"));
    for (String w : List.of("qhx", "ghh", "aghh", "qieh", "ieh", "kieh", "gqh", "qhh", "ghhh", "ghhhx")) {
      assertEquals(NameFolder.skeleton(w), NameFolder.skeleton(NameFolder.skeleton(w)), w);
    }
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéèëïöüåäçñčšžýáí").ofMinLength(1).ofMaxLength(12);
    return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 300)
  void foldingIsIdempotent(@ForAll("names") String name) {
    assertEquals(NameFolder.fold(name), NameFolder.fold(NameFolder.fold(name)));
    for (String w : NameFolder.words(name)) {
      assertEquals(NameFolder.skeleton(w), NameFolder.skeleton(NameFolder.skeleton(w)));
    }
  }

  @Property(tries = 300)
  void foldingIgnoresCaseAndDiacritics(@ForAll("names") String name) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    assertEquals(NameFolder.fold(name), NameFolder.fold(name.toUpperCase(Locale.ROOT)));
    assertEquals(NameFolder.fold(name), NameFolder.fold(bare));
    assertEquals(DUTCH.key(name), DUTCH.key(name.toUpperCase(Locale.ROOT)));
    assertEquals(DUTCH.key(name), DUTCH.key(bare));
  }

  @Property(tries = 200)
  void foldingAnyTextGivesLowerCaseAsciiWords(@ForAll String text) {
    String f = NameFolder.fold(text);
    assertTrue(f.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' '), f);
    assertFalse(f.startsWith(" ") || f.endsWith(" ") || f.contains("  "), f);
  }
}
