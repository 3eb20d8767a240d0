package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code shared/CONTRACT.md}. Exit status: 0 when every input was processed,
 * 1 when some could not be (each named on standard error), 2 for a usage error. Standard output
 * carries nothing but JSON Lines, written an article at a time.
 */
public final class Cli {

  /** Most threads {@code --threads} accepts. */
  static final int MAX_THREADS = 256;

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  private static final String USAGE_TEXT = String.join("\n",
      "usage: java -jar whosaid.jar <command> [options] PATH...",
      "commands:",
      "  extract [--lang nl|no|en|auto] [--threads N] PATH...",
      "                                           statements, one JSON object per line",
      "  actors [--threads N] PATH...            actors across all articles",
      "  claims [--threads N] PATH...            claims across all articles",
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
        return new ExtractCommand(this).run(args);
      case "actors":
        return new ActorsCommand(this).run(args);
      case "claims":
        return new ClaimsCommand(this).run(args);
      case "bench":
        return new BenchCommand(this).run(args);
      default:
        err.println("whosaid: unknown command '" + command + "'\n" + USAGE_TEXT);
        return USAGE;
    }
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** The inputs of a command, and {@link #SOME_FAILED} if a path was missing (already named on standard error). */
  record Listing(List<InputFiles.Input> inputs, int status) {}

  /** Lists the inputs named by {@code paths}, naming each missing path on standard error. */
  Listing list(List<String> paths) {
    List<String> missing = new ArrayList<>();
    List<InputFiles.Input> inputs;
    try {
      inputs = InputFiles.list(paths, missing);
    } catch (IOException | UncheckedIOException e) {
      err.println("whosaid: cannot list the inputs: " + e.getMessage());
      return new Listing(List.of(), SOME_FAILED);
    }
    for (String m : missing) {
      err.println("whosaid: " + m + ": no such file or directory");
    }
    return new Listing(inputs, missing.isEmpty() ? OK : SOME_FAILED);
  }

  /** Names an input that could not be processed, with the reason, on standard error. */
  void problem(Path input, String reason) {
    err.println("whosaid: " + input + ": " + reason);
  }

  /** Prints a usage error and returns {@link #USAGE}. */
  int usage(String message) {
    err.println("whosaid: " + message + "\n" + USAGE_TEXT);
    return USAGE;
  }
}
