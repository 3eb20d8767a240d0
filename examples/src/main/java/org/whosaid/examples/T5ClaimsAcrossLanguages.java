package org.whosaid.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.whosaid.Corpus;
import org.whosaid.WhoSaid;
import org.whosaid.link.CorpusActor;
import org.whosaid.model.Claim;
import org.whosaid.model.Statement;

/**
 * Tutorial 5: claims across languages. A {@link Claim} groups the statements, from any article and
 * language, that put forward the same proposition: Kuleba's "we believe what we see" in Dutch and
 * English, Stoltenberg's "cautious optimism" in three languages. Here we print every claim made in
 * more than one language, with its statements side by side by language: who said it, with which
 * stance, and what was said.
 *
 * <pre>
 * java -cp examples/target/whosaid.jar org.whosaid.examples.T5ClaimsAcrossLanguages examples/articles
 * </pre>
 */
public final class T5ClaimsAcrossLanguages {
  private T5ClaimsAcrossLanguages() {}

  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "examples/articles"));
  }

  static void run(PrintStream out, Path directory) throws IOException {
    Corpus corpus = WhoSaid.create().corpus();
    SampleArticles.read(directory).forEach(corpus::add);
    List<Claim> claims = corpus.claims();
    out.println(corpus.statements() + " statements, " + claims.size() + " claims, of which "
        + claims.stream().filter(c -> c.languages().size() > 1).count() + " in several languages");
    for (Claim claim : claims) {
      if (claim.languages().size() < 2) {
        continue;
      }
      out.println("CLAIM " + claim.summary());
      Map<String, StringBuilder> byLanguage = new TreeMap<>();
      for (Claim.Member member : claim.statements()) {
        Statement s = member.statement();
        String who = corpus.speaker(s).map(CorpusActor::name).orElse("(unknown)");
        byLanguage.computeIfAbsent(s.language(), l -> new StringBuilder())
            .append("  ").append(s.language()).append(" | ").append(who).append(" | ").append(member.stance())
            .append(" | ").append(s.content()).append('\n');
      }
      byLanguage.values().forEach(out::print);
    }
  }
}
