package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs to {@code extract}, each as {@code shared/CONTRACT.md} promises: named on standard
 * error with the reason, every other input still processed and printed, exit status 1.
 */
class ExtractErrorsTest {

  private static final Path SAMPLES = Path.of("articles");
  private static final String DUTCH = ",,We geloven het als we zien”, zei de Oekraïense minister Dmitro Koeleba.\n";

  @TempDir
  Path dir;

  /** What extract prints for the good files alone: the lines every bad-input run must still print. */
  private String goodOutput;

  @BeforeEach
  void goodFiles() throws IOException {
    Files.writeString(dir.resolve("a-good.txt"), DUTCH);
    Files.writeString(dir.resolve("z-good.txt"), "“We will not back down,” the minister said on Monday.\n");
    goodOutput = CliRun.of("extract", dir.toString()).out();
    assertEquals(2, goodOutput.lines().map(l -> l.substring(0, 24)).distinct().count(), goodOutput);
  }

  private void assertOnlyBadInputNamed(CliRun run, String file, String reason) {
    assertEquals(Cli.SOME_FAILED, run.status(), run.err());
    assertEquals(goodOutput, run.out(), "the good files are still processed and printed");
    run.json();
    List<String> named = run.errLines().stream().filter(l -> l.contains(file)).collect(Collectors.toList());
    assertEquals(1, named.size(), run.err());
    assertTrue(named.get(0).contains(reason), run.err());
  }

  @Test
  void missingPathIsNamedAndTheOthersStillPrinted() {
    CliRun run = CliRun.of("extract", dir.resolve("nothere.txt").toString(), dir.toString());
    assertOnlyBadInputNamed(run, "nothere.txt", "no such file or directory");
  }

  @Test
  void binaryFileInADirectoryIsNamedWithItsOffset() throws IOException {
    Files.write(dir.resolve("m-image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertOnlyBadInputNamed(CliRun.of("extract", dir.toString()), "m-image.txt", "binary file (NUL byte at byte offset 4)");
  }

  @Test
  void invalidUtf8IsNamedWithTheByteOffsetAndSkipped() throws IOException {
    byte[] latin1 = "Hij zei: \"Café\"".getBytes(StandardCharsets.ISO_8859_1); // é is 0xE9, not UTF-8
    Files.write(dir.resolve("m-latin1.txt"), latin1);
    assertOnlyBadInputNamed(CliRun.of("extract", dir.toString()), "m-latin1.txt", "invalid UTF-8 at byte offset 13; file skipped");
  }

  @Test
  void invalidUtf8OffsetsCountFromTheStartOfTheFile() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertInvalidAt(concat(bom, "ab".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 'x'}), 5);
    assertInvalidAt(concat("héllo".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x80}), 6); // cut short
    assertInvalidAt(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 1); // overlong NUL
    assertInvalidAt(new byte[] {'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 2); // an encoded surrogate
    assertInvalidAt(new byte[] {(byte) 0xFF}, 0);
  }

  private static void assertInvalidAt(byte[] bytes, int offset) {
    InputFiles.BadInput e = org.junit.jupiter.api.Assertions.assertThrows(InputFiles.BadInput.class, () -> InputFiles.decode(bytes));
    assertEquals("invalid UTF-8 at byte offset " + offset + "; file skipped", e.getMessage());
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  @Test
  void byteOrderMarkIsDroppedAndOffsetsCountWithoutIt() throws IOException {
    byte[] text = DUTCH.getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
    Path plain = Files.createDirectory(dir.resolve("plain")).resolve("bom.txt");
    Files.write(plain, text);
    CliRun withMark = CliRun.of("extract", dir.resolve("bom.txt").toString());
    CliRun without = CliRun.of("extract", plain.toString());
    assertEquals(0, withMark.status(), withMark.err());
    assertEquals(without.out(), withMark.out());
    assertFalse(withMark.out().isEmpty());
  }

  @Test
  void unreadableFileIsNamed() throws IOException {
    Path locked = Files.writeString(dir.resolve("m-locked.txt"), DUTCH);
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(locked), "running as a user who may read anything (root)");
    assertOnlyBadInputNamed(CliRun.of("extract", dir.toString()), "m-locked.txt", "cannot read: permission denied");
  }

  @Test
  void brokenLinkInADirectoryIsNamed() throws IOException {
    try {
      Files.createSymbolicLink(dir.resolve("m-link.txt"), dir.resolve("gone.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    assertOnlyBadInputNamed(CliRun.of("extract", dir.toString()), "m-link.txt", "cannot read: no such file (broken symbolic link)");
  }

  @Test
  void namedPipeIsNotReadAndDoesNotHang() throws Exception {
    Path fifo = dir.resolve("m-pipe.txt");
    assumeTrue(makeFifo(fifo), "mkfifo is not available");
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.of("extract", dir.toString()));
    assertOnlyBadInputNamed(run, "m-pipe.txt", "not a regular file");
  }

  private static boolean makeFifo(Path p) {
    try {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      return mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0 && Files.exists(p);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void emptyAndBlankFilesAreNoError() throws IOException {
    Files.write(dir.resolve("m-empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("m-blank.txt"), " \n\n\t\n");
    CliRun run = CliRun.of("extract", dir.toString());
    assertEquals(Cli.OK, run.status(), run.err());
    assertEquals(goodOutput, run.out());
    assertEquals("", run.err());
    CliRun alone = CliRun.of("extract", dir.resolve("m-empty.txt").toString());
    assertEquals(Cli.OK, alone.status());
    assertEquals("", alone.out());
  }

  @Test
  void textInALanguageWithoutAModuleIsNamedAsSkipped() throws IOException {
    Files.writeString(dir.resolve("m-polish.txt"), "Minister powiedział, że sytuacja jest bardzo poważna.\n");
    assertOnlyBadInputNamed(CliRun.of("extract", dir.toString()), "m-polish.txt", "skipped: the language of the text could not be identified");
  }

  @Test
  void everyBadInputAtOnceStillLeavesTheGoodOutputWholeAndInOrder() throws Exception {
    Files.write(dir.resolve("b-binary.txt"), new byte[] {'x', 0});
    Files.write(dir.resolve("c-latin1.txt"), "é".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("d-empty.txt"), new byte[0]);
    for (int threads : new int[] {1, 2, 8}) {
      CliRun run = CliRun.of("extract", "--threads", String.valueOf(threads), dir.resolve("nothere").toString(), dir.toString());
      assertEquals(Cli.SOME_FAILED, run.status());
      assertEquals(goodOutput, run.out(), "--threads " + threads);
      assertEquals(3, run.errLines().size(), run.err());
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    for (String[] args : List.of(new String[] {"extract"}, new String[] {"extract", "--threads", "0", "x"},
        new String[] {"extract", "--threads", "many", "x"}, new String[] {"extract", "--lang", "fi", "x"},
        new String[] {"extract", "--bogus", "x"}, new String[] {"extract", "--lang"}, new String[] {"frobnicate", "x"})) {
      CliRun run = CliRun.of(args);
      assertEquals(Cli.USAGE, run.status(), String.join(" ", args));
      assertEquals("", run.out());
      assertTrue(run.err().startsWith("whosaid: "), run.err());
    }
  }

  @Test
  void threadsGiveTheSameLinesInTheSameOrder() throws IOException {
    for (int i = 0; i < 40; i++) {
      Files.writeString(dir.resolve(String.format("n%02d.txt", i)), DUTCH.repeat(1 + i % 7));
    }
    String sequential = CliRun.of("extract", dir.toString(), SAMPLES.toString()).out();
    for (int threads : new int[] {2, 3, 16}) {
      CliRun run = CliRun.of("extract", "--threads", String.valueOf(threads), dir.toString(), SAMPLES.toString());
      assertEquals(Cli.OK, run.status(), run.err());
      assertEquals(sequential, run.out(), "--threads " + threads);
    }
    List<JsonNode> lines = CliRun.of("extract", "--threads", "4", dir.toString()).json();
    assertTrue(lines.size() > 40, "every line is one whole JSON object");
  }

  @Test
  void largeFileIsProcessedWithTheDefaultHeap() throws IOException {
    // 50 MB of news-like text made of the bundled sample articles, one article
    StringBuilder sample = new StringBuilder();
    try (var files = Files.list(SAMPLES)) {
      for (Path f : files.sorted().toList()) {
        sample.append(Files.readString(f)).append("\n\n");
      }
    }
    Path big = dir.resolve("big.txt");
    byte[] chunk = sample.toString().getBytes(StandardCharsets.UTF_8);
    long target = 50L * 1024 * 1024;
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < target; written += chunk.length) {
        out.write(chunk);
      }
    }
    CliRun run = CliRun.of("extract", "--lang", "nl", big.toString());
    assertEquals(Cli.OK, run.status(), run.err());
    long perCopy = CliRun.of("extract", "--lang", "nl", SAMPLES.resolve(firstSample()).toString()).out().lines().count();
    assertTrue(run.out().lines().count() >= perCopy, "statements found all through the file");
  }

  private static String firstSample() throws IOException {
    try (var files = Files.list(SAMPLES)) {
      return files.sorted().findFirst().orElseThrow().getFileName().toString();
    }
  }

  @Test
  void closedStandardOutputStopsWithStatusOne() throws IOException {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream closed = new java.io.PrintStream(java.io.OutputStream.nullOutputStream()) {
      @Override
      public boolean checkError() {
        return true;
      }
    };
    int status = new Cli(closed, new java.io.PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"extract", dir.toString()});
    assertEquals(Cli.SOME_FAILED, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write to standard output"));
  }

  static Set<String> articlesOf(List<JsonNode> lines) {
    return lines.stream().map(n -> n.get("article").asText()).collect(Collectors.toSet());
  }
}
