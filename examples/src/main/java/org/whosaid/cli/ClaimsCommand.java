package org.whosaid.cli;

/** {@code claims}: one JSON object per claim across all input articles. */
final class ClaimsCommand {

  private final Cli cli;

  ClaimsCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    return CorpusInputs.run(cli, args, corpus -> corpus.claims().stream().map(JsonLines::claim));
  }
}
