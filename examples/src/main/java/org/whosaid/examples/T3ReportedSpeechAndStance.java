package org.whosaid.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementType;

/**
 * Tutorial 3: reported speech and stance. Much of what news reports is not in quote marks
 * ("Moscow has denied ever planning to attack Ukraine"). Every statement carries a
 * {@link StatementType} and a {@link Stance}: here we count the types and print only the denials
 * and warnings.
 *
 * <pre>
 * java -cp examples/target/whosaid.jar org.whosaid.examples.T3ReportedSpeechAndStance examples/articles/004_001046f2ce72b2e4.txt
 * </pre>
 */
public final class T3ReportedSpeechAndStance {
  private T3ReportedSpeechAndStance() {}

  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "examples/articles/004_001046f2ce72b2e4.txt"));
  }

  static void run(PrintStream out, Path file) throws IOException {
    Extraction e = WhoSaid.create().extract(Article.of(file.getFileName().toString(),
        Files.readString(file, StandardCharsets.UTF_8)));
    for (StatementType type : StatementType.values()) {
      out.println(type + ": " + e.statements(type).size());
    }
    for (Stance stance : new Stance[] {Stance.DENY, Stance.WARN}) {
      for (Statement s : e.withStance(stance)) {
        out.println(stance + " by " + s.actor().map(a -> a.name()).orElse("(unknown)") + ": " + s.content());
      }
    }
  }
}
