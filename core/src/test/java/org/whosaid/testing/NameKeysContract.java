package org.whosaid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.whosaid.link.NameFolder;
import org.whosaid.link.NameKeys;
import org.whosaid.model.ActorType;
import org.whosaid.spi.LanguageModule;

/**
 * What a language's name keys must do: its transliterations meet the common spelling, known
 * actors and organisations have language-independent keys, and folding with its rules is
 * idempotent and blind to case and diacritics. A module's test extends this, passing the module,
 * the letters its names are written with and the keys it expects:
 *
 * <pre>{@code
 * class DutchNameKeysTest extends NameKeysContract {
 *   DutchNameKeysTest() {
 *     super(new DutchLanguageModule(), "abcdeéëfg…", Map.of("Aleksej Navalnyj", "person:navalni:aleksei"),
 *         Map.of("NAVO", "Q7184"));
 *   }
 * }
 * }</pre>
 */
public abstract class NameKeysContract {

  private final LanguageModule module;
  private final String letters;
  private final Map<String, String> persons;
  private final Map<String, String> organisations;

  /**
   * @param module        the module under test
   * @param letters       letters, with the language's diacritics, that names in it are written with
   * @param persons       persons' names as the language writes them, each with its expected key
   * @param organisations organisations' names, each with its expected key
   */
  protected NameKeysContract(LanguageModule module, String letters, Map<String, String> persons, Map<String, String> organisations) {
    this.module = module;
    this.letters = letters;
    this.persons = persons;
    this.organisations = organisations;
  }

  @Test
  void personsNamesHaveTheKeysOfTheCommonSpelling() {
    NameKeys keys = NameKeys.of(module);
    persons.forEach((name, key) -> assertEquals(key, keys.key(name, ActorType.PERSON).value(), name));
  }

  @Test
  void organisationsHaveLanguageIndependentKeys() {
    NameKeys keys = NameKeys.of(module);
    organisations.forEach((name, key) -> assertEquals(key, keys.key(name, ActorType.ORGANIZATION).value(), name));
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.strings().withChars(letters).ofMinLength(2).ofMaxLength(10)
        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    return word.list().ofMinSize(1).ofMaxSize(3).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 200)
  void foldingWithTheLanguagesRulesIsIdempotent(@ForAll("names") String name) {
    NameFolder folder = NameFolder.of(module);
    String key = folder.key(name);
    assertEquals(key, folder.key(key));
  }

  @Property(tries = 200)
  void keysIgnoreCaseAndDiacritics(@ForAll("names") String name) {
    NameFolder folder = NameFolder.of(module);
    String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    assertEquals(folder.key(name), folder.key(name.toUpperCase(Locale.ROOT)));
    assertEquals(folder.key(name), folder.key(name.toLowerCase(Locale.ROOT)));
    assertEquals(folder.key(name), folder.key(bare));
  }
}
