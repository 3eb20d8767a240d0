package org.whosaid.cli;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.whosaid.Corpus;
import org.whosaid.WhoSaid;

/**
 * Runs {@code actors} and {@code claims}: reads the inputs ({@code --threads N} extracts them in
 * parallel) into one {@link Corpus} in input order, naming every input that could not be read or
 * processed on standard error, then prints one JSON line for each actor or claim.
 */
final class CorpusInputs {

  private CorpusInputs() {}

  /**
   * Runs {@code command} over {@code PATH...} and prints one JSON line for each thing {@code lines}
   * makes of the corpus; returns the exit status.
   */
  static int run(Cli cli, String[] args, Function<Corpus, Stream<String>> lines) {
    Options options;
    int threads;
    try {
      options = Options.parse(args, Set.of("--threads"));
      threads = options.intValue("--threads", 1, 1, Cli.MAX_THREADS);
    } catch (Options.UsageError e) {
      return cli.usage(e.getMessage());
    }
    WhoSaid whoSaid = WhoSaid.create();
    Corpus corpus = whoSaid.corpus();
    Cli.Listing listing = cli.list(options.paths());
    int[] status = {listing.status()};
    InOrder.run(listing.inputs(), threads, in -> ExtractCommand.extract(whoSaid, in, Optional.empty()), e -> {
      if (e.problem().isPresent()) {
        cli.problem(e.input().path(), e.problem().get());
        status[0] = Cli.SOME_FAILED;
      }
      e.extraction().ifPresent(corpus::add);
      return true;
    });
    StringBuilder out = new StringBuilder();
    lines.apply(corpus).forEach(l -> out.append(l).append('\n'));
    cli.out().print(out);
    cli.out().flush();
    if (cli.out().checkError()) {
      cli.err().println("whosaid: cannot write to standard output");
      status[0] = Cli.SOME_FAILED;
    }
    return status[0];
  }
}
