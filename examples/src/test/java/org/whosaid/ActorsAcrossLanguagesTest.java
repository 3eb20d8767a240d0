package org.whosaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whosaid.link.CorpusActor;
import org.whosaid.model.Article;
import org.whosaid.model.Speaker;
import org.whosaid.model.Statement;

/**
 * The same person or organisation written as the English, Dutch and Norwegian press writes it
 * (transliterations, demonyms, translated names: {@code names-across-languages.tsv}) is one actor
 * of a corpus that reads the three languages: each name speaks once in an article of each language.
 */
class ActorsAcrossLanguagesTest {

  private static final String[] LANGUAGES = {"en", "nl", "no"};

  /** A statement of a person, per language: the name, then the surname alone. */
  private static final String[] PERSON = {
      "\u201cWe will not accept this,\u201d %s said on Monday. The situation is difficult, %s told reporters.",
      ",,Wij accepteren dit niet\u201d, zei %s maandag. De situatie is moeilijk, zei %s tegen journalisten.",
      "\u2013 Vi godtar ikke dette, sa %s mandag. Situasjonen er vanskelig, sa %s til journalistene."};

  /** A statement of an organisation, per language. */
  private static final String[] ORGANISATION = {
      "The %s said on Monday that the situation was difficult.",
      "De %s zei maandag dat de situatie moeilijk is.",
      "%s sa mandag at situasjonen er vanskelig."};

  @Test
  void everyLineIsOneActorInTheThreeLanguages() throws IOException {
    List<String[]> rows = new ArrayList<>();
    List<StringBuilder> texts = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());
    // per language, the offset where each row's paragraph starts
    List<List<Integer>> starts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    boolean organisations = false;
    for (String line : lines()) {
      if (line.startsWith("#")) {
        organisations |= line.equals("# organisation");
        continue;
      }
      String[] names = line.split("\t");
      rows.add(names);
      for (int l = 0; l < LANGUAGES.length; l++) {
        String name = names[l];
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        starts.get(l).add(texts.get(l).length());
        texts.get(l).append(organisations ? String.format(ORGANISATION[l], name) : String.format(PERSON[l], name, surname))
            .append("\n\n");
      }
    }
    Corpus corpus = WhoSaid.create().corpus();
    List<Map<Integer, Speaker>> speakerByRow = new ArrayList<>();
    for (int l = 0; l < LANGUAGES.length; l++) {
      Article article = Article.builder().id(LANGUAGES[l]).language(LANGUAGES[l]).text(texts.get(l).toString()).build();
      Extraction extraction = WhoSaid.create().extract(article);
      corpus.add(extraction);
      Map<Integer, Speaker> speakers = new HashMap<>();
      for (Statement s : extraction.statements()) {
        int row = rowAt(starts.get(l), s.span().start());
        s.speaker().ifPresent(sp -> speakers.putIfAbsent(row, sp));
      }
      speakerByRow.add(speakers);
    }
    Map<String, CorpusActor> byForm = new HashMap<>();
    Map<String, CorpusActor> byKey = new HashMap<>();
    for (CorpusActor a : corpus.actors()) {
      byKey.put(a.key().value(), a);
      for (CorpusActor.Alias alias : a.aliases()) {
        byForm.put(alias.language() + ":" + alias.form(), a);
      }
    }
    List<String> split = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      CorpusActor first = null;
      boolean one = true;
      for (int l = 0; l < LANGUAGES.length; l++) {
        Speaker speaker = speakerByRow.get(l).get(r);
        CorpusActor a = speaker == null ? null : byForm.get(LANGUAGES[l] + ":" + bare(speaker.mention()));
        if (a == null && speaker != null) {
          a = byForm.getOrDefault(LANGUAGES[l] + ":" + speaker.mention(), byKey.get(speaker.actor().key().value()));
        }
        one &= a != null && (first == null || first.key().equals(a.key()));
        first = first == null ? a : first;
      }
      if (!one) {
        split.add(String.join(" / ", rows.get(r)));
      }
    }
    assertTrue(rows.size() >= 160, "rows: " + rows.size());
    assertEquals(List.of(), split, "names that are not one actor across the three languages");
  }

  /** The mention without a leading article, as an organisation's alias is written. */
  private static String bare(String mention) {
    for (String article : new String[] {"The ", "the ", "De ", "de ", "Het ", "het ", "Den ", "den ", "Det ", "det "}) {
      if (mention.startsWith(article)) {
        return mention.substring(article.length());
      }
    }
    return mention;
  }

  /** The row whose paragraph holds the offset. */
  private static int rowAt(List<Integer> starts, int offset) {
    int row = 0;
    while (row + 1 < starts.size() && starts.get(row + 1) <= offset) {
      row++;
    }
    return row;
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = ActorsAcrossLanguagesTest.class.getResourceAsStream("names-across-languages.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
