package org.whosaid.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.whosaid.Corpus;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;

/**
 * Reads the inputs of {@code actors} and {@code claims} into one {@link Corpus}, article by article
 * in input order, naming every input that could not be read or processed on standard error.
 */
final class CorpusInputs {

  private CorpusInputs() {}

  /** The corpus of the inputs and the exit status so far: {@link Cli#OK} or {@link Cli#SOME_FAILED}. */
  record Loaded(Corpus corpus, int status) {}

  /** Parses {@code PATH...} (no options) for {@code command}; null after a usage error was printed. */
  static List<String> paths(Cli cli, String command, String[] args) {
    List<String> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        cli.usage("unknown option '" + args[i] + "' for " + command);
        return null;
      }
      paths.add(args[i]);
    }
    if (paths.isEmpty()) {
      cli.usage(command + " needs at least one PATH");
      return null;
    }
    return paths;
  }

  static Loaded load(Cli cli, List<String> paths) {
    WhoSaid whoSaid = WhoSaid.create();
    Corpus corpus = whoSaid.corpus();
    List<String> missing = new ArrayList<>();
    List<InputFiles.Input> inputs;
    try {
      inputs = InputFiles.list(paths, missing);
    } catch (IOException e) {
      cli.err().println("whosaid: cannot list inputs: " + e.getMessage());
      return new Loaded(corpus, Cli.SOME_FAILED);
    }
    int status = Cli.OK;
    for (String m : missing) {
      cli.err().println("whosaid: " + m + ": no such file or directory");
      status = Cli.SOME_FAILED;
    }
    for (InputFiles.Input in : inputs) {
      String text;
      try {
        text = InputFiles.read(in.path());
      } catch (InputFiles.BadInput e) {
        cli.err().println("whosaid: " + in.path() + ": " + e.getMessage());
        status = Cli.SOME_FAILED;
        continue;
      }
      int skippedBefore = corpus.skipped().size();
      try {
        corpus.add(Article.builder().id(in.id()).text(text).build());
      } catch (RuntimeException e) {
        cli.err().println("whosaid: " + in.path() + ": failed: " + e);
        status = Cli.SOME_FAILED;
        continue;
      }
      List<Corpus.Skipped> skipped = corpus.skipped();
      if (skipped.size() > skippedBefore && !text.isBlank()) {
        cli.err().println("whosaid: " + in.path() + ": skipped: " + skipped.get(skipped.size() - 1).reason());
        status = Cli.SOME_FAILED;
      }
    }
    return new Loaded(corpus, status);
  }
}
