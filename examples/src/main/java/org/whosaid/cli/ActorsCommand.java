package org.whosaid.cli;

/** {@code actors}: one JSON object per actor across all input articles. */
final class ActorsCommand {

  private final Cli cli;

  ActorsCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    return CorpusInputs.run(cli, args, corpus -> corpus.actors().stream().map(JsonLines::actor));
  }
}
