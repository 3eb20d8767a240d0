package org.whosaid.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.whosaid.Extraction;
import org.whosaid.WhoSaid;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/** {@code extract}: one JSON object per statement, articles in input order. */
final class ExtractCommand {

  private final Cli cli;

  ExtractCommand(Cli cli) {
    this.cli = cli;
  }

  int run(String[] args) {
    String lang = "auto";
    List<String> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        if (i + 1 >= args.length) {
          return cli.usage("--lang needs a value: nl, no, en or auto");
        }
        lang = args[++i].toLowerCase(Locale.ROOT);
      } else if (a.startsWith("--lang=")) {
        lang = a.substring(7).toLowerCase(Locale.ROOT);
      } else if (a.startsWith("--")) {
        return cli.usage("unknown option '" + a + "' for extract");
      } else {
        paths.add(a);
      }
    }
    if (paths.isEmpty()) {
      return cli.usage("extract needs at least one PATH");
    }
    WhoSaid whoSaid = WhoSaid.create();
    Set<String> languages = whoSaid.languages();
    if (!lang.equals("auto") && !languages.contains(lang)) {
      return cli.usage("--lang '" + lang + "' is not available; choose auto or one of " + String.join(", ", languages));
    }
    List<String> missing = new ArrayList<>();
    List<InputFiles.Input> inputs;
    try {
      inputs = InputFiles.list(paths, missing);
    } catch (IOException e) {
      cli.err().println("whosaid: cannot list inputs: " + e.getMessage());
      return Cli.SOME_FAILED;
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
      Article.Builder article = Article.builder().id(in.id()).text(text);
      if (!lang.equals("auto")) {
        article.language(lang);
      }
      Extraction result;
      try {
        result = whoSaid.extract(article.build());
      } catch (RuntimeException e) {
        cli.err().println("whosaid: " + in.path() + ": failed: " + e);
        status = Cli.SOME_FAILED;
        continue;
      }
      if (!result.processed() && !text.isBlank()) {
        cli.err().println("whosaid: " + in.path() + ": skipped: " + result.skipReason().orElse(""));
        status = Cli.SOME_FAILED;
        continue;
      }
      StringBuilder lines = new StringBuilder();
      for (Statement s : result.statements()) {
        lines.append(JsonLines.statement(in.id(), s)).append('\n');
      }
      cli.out().print(lines);
      cli.out().flush();
    }
    return status;
  }

}
