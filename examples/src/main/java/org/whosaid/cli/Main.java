package org.whosaid.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The whosaid command line: {@code java -jar whosaid.jar <command> [options] PATH...}. See
 * {@link Cli} and {@code shared/CONTRACT.md}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = new Cli(out, err).run(args);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
