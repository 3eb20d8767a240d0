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

/**
 * Tutorial 4: one actor across articles and languages. A {@link Corpus} reads many articles
 * together and links the actors they mention: Dutch "Dmitro Koeleba", English "Dmytro Kuleba" and
 * Norwegian "Kreml" / English "Kremlin" each become one {@link CorpusActor} with one key. Here we feed
 * the three sample articles (Dutch, Norwegian, English) and print every actor named in more than
 * one language, with its spellings per language and how often each was seen.
 *
 * <pre>
 * java -cp examples/target/whosaid.jar org.whosaid.examples.T4ActorsAcrossLanguages examples/articles
 * </pre>
 */
public final class T4ActorsAcrossLanguages {
  private T4ActorsAcrossLanguages() {}

  public static void main(String[] args) throws IOException {
    run(System.out, Path.of(args.length > 0 ? args[0] : "examples/articles"));
  }

  static void run(PrintStream out, Path directory) throws IOException {
    Corpus corpus = WhoSaid.create().corpus();
    SampleArticles.read(directory).forEach(corpus::add);
    List<CorpusActor> actors = corpus.actors();
    out.println(corpus.articles() + " articles, " + actors.size() + " actors, of whom "
        + actors.stream().filter(a -> a.languages().size() > 1).count() + " in several languages");
    for (CorpusActor actor : actors) {
      if (actor.languages().size() < 2) {
        continue;
      }
      out.println(actor.name() + " (" + actor.type() + ", " + actor.statements() + " statements, key " + actor.key().value() + ")");
      Map<String, String> spellings = new TreeMap<>();
      for (CorpusActor.Alias alias : actor.aliases()) {
        spellings.merge(alias.language(), alias.form() + " ×" + alias.count(), (a, b) -> a + ", " + b);
      }
      spellings.forEach((language, forms) -> out.println("  " + language + ": " + forms));
    }
  }

}
