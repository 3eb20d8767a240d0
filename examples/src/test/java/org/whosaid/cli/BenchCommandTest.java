package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} as {@code shared/CONTRACT.md} says: the JSON line last, exit status as for {@code extract}. */
class BenchCommandTest {

  private static final Path SAMPLES = Path.of("articles");

  @TempDir
  Path dir;

  private static JsonNode lastLine(CliRun run) {
    List<JsonNode> lines = run.json();
    assertTrue(!lines.isEmpty(), run.err());
    return lines.get(lines.size() - 1);
  }

  private static long sampleChars() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      long chars = 0;
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        chars += Files.readString(p).length();
      }
      return chars;
    }
  }

  @Test
  void printsTheContractLineLastWithTheRatioOfTheTwoPasses() throws IOException {
    CliRun run = CliRun.of("bench", "--seconds", "0.2", SAMPLES.toString());
    assertEquals(Cli.OK, run.status(), run.err());
    JsonNode last = lastLine(run);
    assertEquals(List.of("chars", "articles", "threads", "extractCharsPerSecond", "tokenizeCharsPerSecond", "ratio"),
        ImmutableList.copyOf(last.fieldNames()));
    assertEquals(sampleChars(), last.get("chars").asLong());
    assertEquals(3, last.get("articles").asInt());
    assertEquals(1, last.get("threads").asInt());
    long extract = last.get("extractCharsPerSecond").asLong();
    long tokenize = last.get("tokenizeCharsPerSecond").asLong();
    assertTrue(extract > 0 && tokenize > 0, run.out());
    assertEquals(Math.round(1000.0 * extract / tokenize) / 1000.0, last.get("ratio").asDouble(), 1e-9);
  }

  @Test
  void runsOnAsManyThreadsAsAsked() {
    CliRun run = CliRun.of("bench", "--threads", "2", "--seconds", "0.2", SAMPLES.toString());
    assertEquals(Cli.OK, run.status(), run.err());
    assertEquals(2, lastLine(run).get("threads").asInt());
  }

  @Test
  void aMissingPathIsNamedAndTheOthersStillMeasured() {
    CliRun run = CliRun.of("bench", "--seconds", "0.2", dir.resolve("nothere.txt").toString(), SAMPLES.toString());
    assertEquals(Cli.SOME_FAILED, run.status(), run.err());
    assertTrue(run.err().contains("nothere.txt"), run.err());
    assertEquals(3, lastLine(run).get("articles").asInt());
  }

  @Test
  void nothingToMeasureIsAnErrorWithAZeroLine() throws IOException {
    Files.writeString(dir.resolve("empty.txt"), "");
    CliRun run = CliRun.of("bench", "--seconds", "0.2", dir.toString());
    assertEquals(Cli.SOME_FAILED, run.status(), run.err());
    assertTrue(run.err().contains("no text to measure"), run.err());
    JsonNode last = lastLine(run);
    assertEquals(0, last.get("chars").asLong());
    assertEquals(0.0, last.get("ratio").asDouble());
  }

  @Test
  void badOptionsAreUsageErrors() {
    for (String[] args : new String[][] {
        {"bench", "--threads", "0", SAMPLES.toString()},
        {"bench", "--seconds", "-1", SAMPLES.toString()},
        {"bench", "--seconds", "soon", SAMPLES.toString()},
        {"bench"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(Cli.USAGE, run.status(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.out().isEmpty(), run.out());
    }
  }
}
