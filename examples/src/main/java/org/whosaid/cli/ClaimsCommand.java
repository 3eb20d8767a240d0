package org.whosaid.cli;

import java.util.List;
import org.whosaid.model.Claim;

/** {@code claims}: one JSON object per claim across all input articles. */
final class ClaimsCommand {

  private final Cli cli;

  ClaimsCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    List<String> paths = CorpusInputs.paths(cli, "claims", args);
    if (paths == null) {
      return Cli.USAGE;
    }
    CorpusInputs.Loaded loaded = CorpusInputs.load(cli, paths);
    StringBuilder lines = new StringBuilder();
    for (Claim c : loaded.corpus().claims()) {
      lines.append(JsonLines.claim(c)).append('\n');
    }
    cli.out().print(lines);
    cli.out().flush();
    return loaded.status();
  }
}
