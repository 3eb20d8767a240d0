package org.whosaid.cli;

import java.util.List;
import org.whosaid.link.CorpusActor;

/** {@code actors}: one JSON object per actor across all input articles. */
final class ActorsCommand {

  private final Cli cli;

  ActorsCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    List<String> paths = CorpusInputs.paths(cli, "actors", args);
    if (paths == null) {
      return Cli.USAGE;
    }
    CorpusInputs.Loaded loaded = CorpusInputs.load(cli, paths);
    StringBuilder lines = new StringBuilder();
    for (CorpusActor a : loaded.corpus().actors()) {
      lines.append(JsonLines.actor(a)).append('\n');
    }
    cli.out().print(lines);
    cli.out().flush();
    return loaded.status();
  }
}
