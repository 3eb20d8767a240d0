package org.whosaid.cli;

/** {@code bench}: not available yet. */
final class BenchCommand {

  private final Cli cli;

  BenchCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    cli.err().println("whosaid: 'bench' is not available in this version yet");
    return Cli.USAGE;
  }
}
