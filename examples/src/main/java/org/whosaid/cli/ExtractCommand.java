package org.whosaid.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * {@code extract [--lang nl|no|en|auto] [--threads N] PATH...}: one JSON object per statement,
 * articles in input order. With {@code --threads} articles are read and extracted in parallel,
 * and each article's lines are still written whole and in input order.
 */
final class ExtractCommand {

  private final Cli cli;

  ExtractCommand(Cli cli) {
    this.cli = cli;
  }

  /** What came of one input: its JSON Lines, or why it could not be processed. */
  record Outcome(InputFiles.Input input, String lines, Optional<String> problem) {

    static Outcome failed(InputFiles.Input input, String problem) {
      return new Outcome(input, "", Optional.of(problem));
    }
  }

  int run(String[] args) {
    Options options;
    String lang;
    int threads;
    try {
      options = Options.parse(args, Set.of("--lang", "--threads"));
      lang = options.value("--lang").orElse("auto").strip().toLowerCase(Locale.ROOT);
      threads = options.intValue("--threads", 1, 1, Cli.MAX_THREADS);
    } catch (Options.UsageError e) {
      return cli.usage(e.getMessage());
    }
    WhoSaid whoSaid = WhoSaid.create();
    Set<String> languages = whoSaid.languages();
    if (!lang.equals("auto") && !languages.contains(lang)) {
      return cli.usage("--lang '" + lang + "' is not available; choose auto or one of " + String.join(", ", languages));
    }
    Optional<String> language = lang.equals("auto") ? Optional.empty() : Optional.of(lang);
    Cli.Listing listing = cli.list(options.paths());
    int[] status = {listing.status()};
    InOrder.run(listing.inputs(), threads, in -> process(whoSaid, in, language), outcome -> {
      if (outcome.problem().isPresent()) {
        cli.problem(outcome.input().path(), outcome.problem().get());
        status[0] = Cli.SOME_FAILED;
      }
      cli.out().print(outcome.lines());
      cli.out().flush();
      if (cli.out().checkError()) {
        cli.err().println("whosaid: cannot write to standard output; stopped");
        status[0] = Cli.SOME_FAILED;
        return false;
      }
      return true;
    });
    return status[0];
  }

  /** Reads and extracts one input; never throws: any failure becomes the outcome's problem. */
  static Outcome process(WhoSaid whoSaid, InputFiles.Input in, Optional<String> language) {
    Extracted e = extract(whoSaid, in, language);
    if (e.problem().isPresent()) {
      return Outcome.failed(in, e.problem().get());
    }
    StringBuilder lines = new StringBuilder();
    e.extraction().ifPresent(result -> {
      for (Statement s : result.statements()) {
        lines.append(JsonLines.statement(in.id(), s)).append('\n');
      }
    });
    return new Outcome(in, lines.toString(), Optional.empty());
  }

  /**
   * One input read and extracted: the extraction (none for a blank file that could not be
   * processed), or why it could not be.
   */
  record Extracted(InputFiles.Input input, Optional<Extraction> extraction, Optional<String> problem) {}

  /** Reads and extracts one input; never throws: any failure becomes the problem. */
  static Extracted extract(WhoSaid whoSaid, InputFiles.Input in, Optional<String> language) {
    String text;
    try {
      text = InputFiles.read(in.path());
    } catch (InputFiles.BadInput e) {
      return new Extracted(in, Optional.empty(), Optional.of(e.getMessage()));
    }
    try {
      Article.Builder article = Article.builder().id(in.id()).text(text);
      language.ifPresent(article::language);
      Extraction result = whoSaid.extract(article.build());
      if (!result.processed()) {
        return text.isBlank() ? new Extracted(in, Optional.empty(), Optional.empty())
            : new Extracted(in, Optional.empty(), Optional.of("skipped: " + result.skipReason().orElse("not processed")));
      }
      return new Extracted(in, Optional.of(result), Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new Extracted(in, Optional.empty(), Optional.of("failed, nothing written for it: " + e));
    } catch (OutOfMemoryError e) {
      return new Extracted(in, Optional.empty(), Optional.of("too large for the memory available, nothing written for it; raise -Xmx"));
    }
  }
}
