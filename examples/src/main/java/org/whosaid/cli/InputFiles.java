package org.whosaid.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line paths into article inputs: a file as given, a directory's {@code *.txt} files
 * recursively in sorted path order. Reads strict UTF-8 and drops a leading byte-order mark.
 */
final class InputFiles {

  /** One input file and the article id the contract gives it. */
  record Input(Path path, String id) {}

  /** An input that could not be read, with the reason. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  private InputFiles() {}

  /** The inputs named by {@code args}; paths that do not exist are reported through {@code missing}. */
  static List<Input> list(List<String> args, List<String> missing) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(p)) {
          files = walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
              .sorted().toList();
        }
        for (Path f : files) {
          inputs.add(new Input(f, p.relativize(f).toString().replace('\\', '/')));
        }
      } else if (Files.exists(p)) {
        inputs.add(new Input(p, p.getFileName().toString()));
      } else {
        missing.add(arg);
      }
    }
    return inputs;
  }

  /** The file's text: strict UTF-8 without a leading byte-order mark. */
  static String read(Path path) throws BadInput {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException | OutOfMemoryError e) {
      throw new BadInput("cannot read: " + e.getMessage());
    }
    return decode(bytes);
  }

  static String decode(byte[] bytes) throws BadInput {
    int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInput("binary file (NUL byte at byte offset " + i + "), not UTF-8 text");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new BadInput("invalid UTF-8 at byte offset " + in.position() + "; file skipped");
    }
    r = decoder.flush(out);
    if (r.isError()) {
      throw new BadInput("invalid UTF-8 at end of file; file skipped");
    }
    out.flip();
    return out.toString();
  }

}
