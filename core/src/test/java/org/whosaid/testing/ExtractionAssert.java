package org.whosaid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Actor;
import org.whosaid.model.Article;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;

/** Assertions on what an extraction found, shared by the language modules' tests. */
public final class ExtractionAssert {

  private static final Map<String, WhoSaid> BY_LANGUAGE = new ConcurrentHashMap<>();

  private ExtractionAssert() {}

  /** The extraction of {@code text} as an article in {@code language}, by a {@link WhoSaid} for that language only. */
  public static Extraction extract(String language, String text) {
    WhoSaid whoSaid = BY_LANGUAGE.computeIfAbsent(language, l -> WhoSaid.builder().languages(l).build());
    return whoSaid.extract(Article.builder().text(text).language(language).build());
  }

  /** The one statement whose content is {@code content}; fails listing what was found otherwise. */
  public static Statement statement(Extraction e, String content) {
    List<Statement> hits = e.statements().stream().filter(s -> s.content().equals(content)).collect(Collectors.toList());
    if (hits.size() != 1) {
      fail("expected one statement '" + content + "', found: " + describe(e));
    }
    Statement s = hits.get(0);
    String text = e.article().text();
    assertEquals(content, text.substring(s.span().start(), s.span().end()));
    return s;
  }

  /** The actor who speaks the one statement with this content; fails when it has none. */
  public static Actor speaker(Extraction e, String content) {
    return statement(e, content).actor().orElseThrow(() -> new AssertionError("no speaker of '" + content + "' in " + describe(e)));
  }

  /** Checks type, the speaker's actor name and the stance of the statement with that content. */
  public static Statement assertStatement(Extraction e, String content, StatementType type, String speakerName, Stance stance) {
    Statement s = statement(e, content);
    assertEquals(type, s.type(), () -> "type of '" + content + "'");
    String name = s.speaker().map(sp -> sp.actor().name()).orElse(null);
    assertEquals(speakerName, name, () -> "speaker of '" + content + "' in " + describe(e));
    assertEquals(stance, s.stance(), () -> "stance of '" + content + "'");
    return s;
  }

  /**
   * For each {text, content, speaker[, stance]}: the text in {@code language} reports that content
   * as {@code type}, by a speaker whose actor has that name (stance ASSERT unless given).
   */
  public static void assertEach(String language, StatementType type, String[][] cases) {
    for (String[] c : cases) {
      assertStatement(extract(language, c[0]), c[1], type, c[2], c.length > 3 ? Stance.valueOf(c[3]) : Stance.ASSERT);
    }
  }

  /** Checks that nothing was reported overlapping {@code text}. */
  public static void assertNoStatementOn(Extraction e, String text) {
    int at = e.article().text().indexOf(text);
    assertTrue(at >= 0, "test text not in article: " + text);
    for (Statement s : e.statements()) {
      assertTrue(s.span().end() <= at || s.span().start() >= at + text.length(),
          () -> "statement on '" + text + "': " + s.content());
    }
  }

  public static String describe(Extraction e) {
    return e.statements().stream()
        .map(s -> s.type() + " [" + s.content() + "] by " + s.speaker().map(sp -> sp.actor().name()).orElse("-"))
        .collect(Collectors.joining("; ", "{", "}"));
  }
}
