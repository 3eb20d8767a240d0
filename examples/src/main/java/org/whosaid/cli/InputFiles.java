package org.whosaid.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns command-line paths into article inputs: a file as given, a directory's {@code *.txt} files
 * recursively in sorted path order. Only the paths are listed up front; each text is read when it
 * is needed, so memory does not grow with the number of inputs.
 *
 * <p>Reading is strict: a file with a NUL byte is reported as binary, a file that is not valid
 * UTF-8 is reported with the byte offset of the first bad byte and skipped (never decoded with
 * replacement characters, which would shift nothing but silently change the text). A leading
 * byte-order mark is dropped. A {@code *.txt} entry of a directory that cannot be read (a broken
 * link, no permission, a sub-directory that cannot be listed) is listed anyway so that reading it
 * reports why.
 */
final class InputFiles {

  /** Largest file read: a Java string holds at most this many characters. */
  static final long MAX_BYTES = Integer.MAX_VALUE - 16;

  private static final int DECODE_CHUNK = 1 << 14;

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

  /**
   * The inputs named by {@code args}, in argument order and, within a directory, in sorted path
   * order; paths that do not exist are reported through {@code missing}. Never fails on an
   * unreadable entry: that entry is listed and fails when read.
   */
  static List<Input> list(List<String> args, List<String> missing) throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        for (Path f : textFiles(p)) {
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

  /** The {@code *.txt} entries under {@code dir} that are not directories, and unlistable sub-directories, sorted. */
  private static List<Path> textFiles(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!attrs.isDirectory() && file.getFileName().toString().endsWith(".txt")) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        files.add(file); // reading it says why
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }

  /** The file's text: strict UTF-8 without a leading byte-order mark. */
  static String read(Path path) throws BadInput {
    if (Files.isDirectory(path)) {
      throw new BadInput("cannot list this directory" + (Files.isReadable(path) ? "" : ": permission denied"));
    }
    if (!Files.exists(path)) {
      throw new BadInput("cannot read: no such file" + (Files.isSymbolicLink(path) ? " (broken symbolic link)" : ""));
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInput("not a regular file (a pipe or a device?), not read");
    }
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new BadInput("too large: " + size + " bytes; at most " + MAX_BYTES + " bytes can be read");
      }
      bytes = Files.readAllBytes(path);
    } catch (AccessDeniedException e) {
      throw new BadInput("cannot read: permission denied");
    } catch (NoSuchFileException e) {
      throw new BadInput("cannot read: no such file");
    } catch (IOException e) {
      throw new BadInput("cannot read: " + e);
    } catch (OutOfMemoryError e) {
      throw new BadInput("cannot read: too large for the memory available (" + e.getMessage() + "); raise -Xmx");
    }
    return decode(bytes);
  }

  /**
   * Decodes strict UTF-8, dropping a leading byte-order mark.
   *
   * @throws BadInput naming the byte offset (from the start of the file) of a NUL byte (binary
   *     file) or of the first byte that is not valid UTF-8
   */
  static String decode(byte[] bytes) throws BadInput {
    int from = hasByteOrderMark(bytes) ? 3 : 0;
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInput("binary file (NUL byte at byte offset " + i + "), not UTF-8 text; skipped");
      }
    }
    checkUtf8(bytes, from);
    return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
  }

  /** Validates in small chunks, so a large file costs no second full-size buffer. */
  private static void checkUtf8(byte[] bytes, int from) throws BadInput {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(DECODE_CHUNK);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        throw invalid(in.position());
      }
      out.clear();
      if (r.isUnderflow()) {
        break;
      }
    }
    if (decoder.flush(out).isError()) {
      throw invalid(bytes.length);
    }
  }

  private static BadInput invalid(int offset) {
    return new BadInput("invalid UTF-8 at byte offset " + offset + "; file skipped");
  }
}
