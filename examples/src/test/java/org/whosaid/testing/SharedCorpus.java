package org.whosaid.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real-news texts of {@code ../shared/corpus} (found through the system property
 * {@code whosaid.shared} that the build sets), for tests and benchmarks. They are read where they
 * lie and never copied into the project; a test that needs them skips when they are absent.
 */
public final class SharedCorpus {

  /** One corpus file: its path relative to the corpus, its language (the directory) and its text. */
  public record Text(String id, String language, String text) {}

  private SharedCorpus() {}

  /** The corpus directory, if the shared folder is there. */
  public static Optional<Path> root() {
    String shared = System.getProperty("whosaid.shared", "../shared");
    Path corpus = Path.of(shared, "corpus");
    return Files.isDirectory(corpus) ? Optional.of(corpus) : Optional.empty();
  }

  /** Every text of the corpus in sorted path order, or of one language; empty without the corpus. */
  public static List<Text> texts(Optional<String> language) {
    Optional<Path> root = root();
    if (root.isEmpty()) {
      return List.of();
    }
    Path dir = language.map(root.get()::resolve).orElse(root.get());
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted()
          .map(f -> read(root.get(), f)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every text of the corpus; empty without the corpus. */
  public static List<Text> texts() {
    return texts(Optional.empty());
  }

  private static Text read(Path root, Path file) {
    try {
      String id = root.relativize(file).toString().replace('\\', '/');
      return new Text(id, id.substring(0, id.indexOf('/')), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
