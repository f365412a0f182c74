package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Strict decoding gives back exactly the text that was encoded, whatever the sizes of the reads (one char
 * at a time included, across characters outside the BMP), and stops at the first byte that is not text.
 */
class StrictTextProperties {
  /** Characters of every width in UTF-8, line breaks, and a byte order mark. */
  private static final int[] CODE_POINTS = {'a', '{', '"', '\n', '\r', 0xE9, 0x5DE5, 0x4F1A, 0x3000, 0xFEFF, 0x1F600,
      0x20000};

  private static Gen<String> texts() {
    return longs().all().zip(integers().between(0, 60), (seed, length) -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
      }
      return text.toString();
    });
  }

  private static String readAll(byte[] bytes, int readSize) throws IOException {
    StringBuilder read = new StringBuilder();
    try (StrictText text = new StrictText(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, "t", "")) {
      char[] buffer = new char[readSize];
      for (int n = text.read(buffer, 0, readSize); n >= 0; n = text.read(buffer, 0, readSize)) {
        read.append(buffer, 0, n);
      }
    }
    return read.toString();
  }

  @Test
  void readsBackTheTextWithoutALeadingByteOrderMarkInReadsOfAnySize() {
    qt().forAll(texts(), integers().between(1, 7)).checkAssert((text, readSize) -> {
      String expected = text.startsWith("\uFEFF") ? text.substring(1) : text;
      try {
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), readSize)).as("read %s chars at a time", readSize)
            .isEqualTo(expected);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aByteThatIsNotUtf8FailsAtItsLineAndColumn() {
    qt().forAll(texts(), texts(), integers().between(1, 7)).checkAssert((before, after, readSize) -> {
      byte[] head = before.getBytes(StandardCharsets.UTF_8);
      byte[] tail = after.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xFF;
      System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
      // Where the bad byte stands: lines end at \n, \r or \r\n; a column counts chars, from 1.
      String shown = before.startsWith("\uFEFF") ? before.substring(1) : before;
      String[] lines = shown.split("\r\n|\r|\n", -1);
      long line = lines.length;
      long column = lines[lines.length - 1].length() + 1;
      assertThatThrownBy(() -> readAll(bytes, readSize)).isInstanceOfSatisfying(UnionFormatException.class, e -> {
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
      });
    });
  }
}
