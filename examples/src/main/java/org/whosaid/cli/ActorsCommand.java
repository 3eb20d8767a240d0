package org.whosaid.cli;

/** {@code actors}: not available yet. */
final class ActorsCommand {

  private final Cli cli;

  ActorsCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    cli.err().println("whosaid: 'actors' is not available in this version yet");
    return Cli.USAGE;
  }
}
