package org.whosaid.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * Tutorial 1: who said what in one article. Build a {@link WhoSaid} once (it is thread-safe and
 * reusable), hand it an {@link Article}, and read each {@link Statement}: its type, its speaker
 * with role, the speech verb, and what was said.
 *
 * <pre>
 * java -cp examples/target/whosaid.jar org.whosaid.examples.T1WhoSaidWhat examples/articles/000_6da45b7e14b91599.txt
 * </pre>
 */
public final class T1WhoSaidWhat {
  private T1WhoSaidWhat() {}

  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "examples/articles/000_6da45b7e14b91599.txt"));
  }

  static void run(PrintStream out, Path file) throws IOException {
    WhoSaid whoSaid = WhoSaid.create();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Extraction result = whoSaid.extract(Article.of(file.getFileName().toString(), text));
    out.println(result.article().id() + " (" + result.language().orElse("?") + "): "
        + result.statements().size() + " statements");
    for (Statement s : result.statements()) {
      String who = s.speaker()
          .map(sp -> sp.actor().name() + sp.actor().role().map(r -> " (" + r + ")").orElse(""))
          .orElse("(unknown)");
      String cue = s.cue().map(c -> " [" + c.text() + "]").orElse("");
      out.println(s.type() + " " + who + cue + ": " + s.content());
    }
  }
}
