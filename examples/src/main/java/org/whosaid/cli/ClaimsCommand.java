package org.whosaid.cli;

/** {@code claims}: not available yet. */
final class ClaimsCommand {

  private final Cli cli;

  ClaimsCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    cli.err().println("whosaid: 'claims' is not available in this version yet");
    return Cli.USAGE;
  }
}
