package org.whosaid.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and paths of one command: {@code --name value} or {@code --name=value} for the
 * options the command knows, everything else a path ({@code --} ends the options).
 */
final class Options {

  /** A command line the command cannot run; the message says what is wrong. */
  static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  private final String command;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> paths = new ArrayList<>();

  private Options(String command) {
    this.command = command;
  }

  /** Parses {@code args[1..]} of {@code command}, which takes the options {@code known} (each with a value). */
  static Options parse(String[] args, Set<String> known) throws UsageError {
    Options o = new Options(args[0]);
    boolean optionsEnded = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!optionsEnded && a.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (optionsEnded || !a.startsWith("--")) {
        o.paths.add(a);
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      if (!known.contains(name)) {
        throw new UsageError("unknown option '" + name + "' for " + o.command);
      }
      String value;
      if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageError(name + " needs a value");
      }
      o.values.put(name, value);
    }
    if (o.paths.isEmpty()) {
      throw new UsageError(o.command + " needs at least one PATH");
    }
    return o;
  }

  /** The paths, in the order given. */
  List<String> paths() {
    return paths;
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The whole number given for {@code name}, {@code fallback} if absent; it must lie in {@code [min, max]}. */
  int intValue(String name, int fallback, int min, int max) throws UsageError {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageError(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
  }

  /** The number given for {@code name}, {@code fallback} if absent; it must lie in {@code (0, max]}. */
  double positiveValue(String name, double fallback, double max) throws UsageError {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v.strip());
      if (d > 0 && d <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageError(name + " must be a number above 0 and at most " + max + ", not '" + v + "'");
  }
}
