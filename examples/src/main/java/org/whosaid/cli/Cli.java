package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * The command line of {@code shared/CONTRACT.md}. Exit status: 0 when every input was processed,
 * 1 when some could not be (each named on standard error), 2 for a usage error. Standard output
 * carries nothing but JSON Lines, written an article at a time.
 */
public final class Cli {

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join("\n",
      "usage: java -jar whosaid.jar <command> [options] PATH...",
      "commands:",
      "  extract [--lang nl|no|en|auto] PATH...   statements, one JSON object per line",
      "  actors PATH...                           actors across all articles",
      "  claims PATH...                           claims across all articles",
      "  bench [--threads N] [--seconds S] PATH... throughput",
      "PATH is a file or a directory (its *.txt files, recursively, in sorted order).");

  private final PrintStream out;
  private final PrintStream err;

  public Cli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs one command and returns its exit status. */
  public int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      err.println(USAGE_TEXT);
      return args.length == 0 ? USAGE : OK;
    }
    String command = args[0];
    switch (command) {
      case "extract":
        return extract(args);
      case "actors":
      case "claims":
      case "bench":
        err.println("whosaid: '" + command + "' is not available in this version yet");
        return USAGE;
      default:
        err.println("whosaid: unknown command '" + command + "'\n" + USAGE_TEXT);
        return USAGE;
    }
  }

  private int extract(String[] args) {
    String lang = "auto";
    List<String> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        if (i + 1 >= args.length) {
          return usage("--lang needs a value: nl, no, en or auto");
        }
        lang = args[++i].toLowerCase(Locale.ROOT);
      } else if (a.startsWith("--lang=")) {
        lang = a.substring(7).toLowerCase(Locale.ROOT);
      } else if (a.startsWith("--")) {
        return usage("unknown option '" + a + "' for extract");
      } else {
        paths.add(a);
      }
    }
    if (paths.isEmpty()) {
      return usage("extract needs at least one PATH");
    }
    WhoSaid whoSaid = WhoSaid.create();
    Set<String> languages = whoSaid.languages();
    if (!lang.equals("auto") && !languages.contains(lang)) {
      return usage("--lang '" + lang + "' is not available; choose auto or one of " + String.join(", ", languages));
    }
    List<String> missing = new ArrayList<>();
    List<InputFiles.Input> inputs;
    try {
      inputs = InputFiles.list(paths, missing);
    } catch (IOException e) {
      err.println("whosaid: cannot list inputs: " + e.getMessage());
      return SOME_FAILED;
    }
    int status = OK;
    for (String m : missing) {
      err.println("whosaid: " + m + ": no such file or directory");
      status = SOME_FAILED;
    }
    for (InputFiles.Input in : inputs) {
      String text;
      try {
        text = InputFiles.read(in.path());
      } catch (InputFiles.BadInput e) {
        err.println("whosaid: " + in.path() + ": " + e.getMessage());
        status = SOME_FAILED;
        continue;
      }
      Article.Builder article = Article.builder().id(in.id()).text(text);
      if (!lang.equals("auto")) {
        article.language(lang);
      }
      Extraction result;
      try {
        result = whoSaid.extract(article.build());
      } catch (RuntimeException e) {
        err.println("whosaid: " + in.path() + ": failed: " + e);
        status = SOME_FAILED;
        continue;
      }
      if (!result.processed() && !text.isBlank()) {
        err.println("whosaid: " + in.path() + ": skipped: " + result.skipReason().orElse(""));
        status = SOME_FAILED;
        continue;
      }
      StringBuilder lines = new StringBuilder();
      for (Statement s : result.statements()) {
        lines.append(JsonLines.statement(in.id(), s)).append('\n');
      }
      out.print(lines);
      out.flush();
    }
    return status;
  }

  private int usage(String message) {
    err.println("whosaid: " + message + "\n" + USAGE_TEXT);
    return USAGE;
  }
}
