package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The byte-level pieces of the NDJSON reader agree with their plain definitions: the word-at-a-time scans
 * with a byte-by-byte loop, the chunks with the input, the lines with {@link BufferedReader#readLine()},
 * and the name tables with a set of Strings.
 */
class ByteScanProperties {
  /** Bytes rich in what the scans look for: quotes, backslashes, line breaks, controls, high bytes. */
  private static final byte[] ALPHABET = {'a', 'Z', '"', '\\', '\n', '\r', 0x00, 0x1F, 0x20, 0x7E, 0x7F,
      (byte) 0x80, (byte) 0xC3, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF};

  private static Gen<byte[]> bytes() {
    return longs().all().zip(integers().between(0, 80), (seed, length) -> {
      Random random = new Random(seed);
      byte[] b = new byte[length];
      for (int i = 0; i < length; i++) {
        b[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
      }
      return b;
    });
  }

  @Test
  void lineEndFindsTheFirstBreakAsALoopWould() {
    qt().forAll(bytes(), integers().between(0, 80)).checkAssert((b, from) -> {
      int start = Math.min(from, b.length);
      int expected = start;
      while (expected < b.length && b[expected] != '\n' && b[expected] != '\r') {
        expected++;
      }
      assertThat(ByteScan.lineEnd(b, start, b.length)).isEqualTo(expected);
    });
  }

  @Test
  void plainStringEndFindsTheClosingQuoteOnlyAfterPlainBytes() {
    qt().forAll(bytes(), integers().between(0, 80)).checkAssert((b, from) -> {
      int start = Math.min(from, b.length);
      int expected = -1;
      for (int i = start; i < b.length; i++) {
        if (b[i] == '"') {
          expected = i;
          break;
        }
        if (b[i] < 0x20 || b[i] >= 0x7F || b[i] == '\\') {
          break;
        }
      }
      assertThat(ByteScan.plainStringEnd(b, start, b.length)).isEqualTo(expected);
    });
  }

  @Test
  void equalComparesEveryByteOfTheRanges() {
    qt().forAll(bytes(), bytes(), integers().between(0, 40)).checkAssert((a, b, length) -> {
      int n = Math.min(length, Math.min(a.length, b.length));
      int aFrom = a.length - n;
      boolean expected = true;
      for (int i = 0; i < n; i++) {
        expected &= a[aFrom + i] == b[i];
      }
      assertThat(ByteScan.equal(a, aFrom, b, 0, n)).as("a's last %s bytes and b's first", n).isEqualTo(expected);
      assertThat(ByteScan.equal(b, 0, b, 0, n)).as("a range equals itself").isTrue();
    });
  }

  /**
   * The case the property below once found (seed 36092572946763): a line that fills the buffer up to its
   * carriage return, as long as the limit allows, then a line feed. The line feed is the rest of the break
   * and stays in the chunk, which then holds the whole input.
   */
  @Test
  void aLineFeedAfterACarriageReturnThatFillsTheBufferStaysInItsChunk() throws IOException {
    byte[] input = "abcdefghi\r\n".getBytes(StandardCharsets.US_ASCII);
    LineChunks chunks = new LineChunks(new ByteArrayInputStream(input), "b", 5, 9);
    LineChunks.Chunk chunk = chunks.next();
    assertThat(chunk).as("one chunk").isNotNull();
    assertThat(Arrays.copyOf(chunk.bytes(), chunk.length())).as("the whole input, its break whole").isEqualTo(input);
    assertThat(chunks.next()).as("and no more").isNull();
  }

  /**
   * Chunks cut the input where {@link BufferedReader#readLine()} does; a line longer than the limit (the
   * limits go beyond the longest input, to check unlimited reading too) may be held by its start, longer
   * than the limit so that the decoder refuses it, and the lines around it are untouched.
   */
  @Test
  void chunksHoldTheInputInWholeLinesAndSplitItAsReadLineDoes() {
    qt().forAll(bytes(), integers().between(1, 24), integers().between(0, 1), integers().between(1, 90))
        .checkAssert((b, chunkSize, bom, limit) -> {
      byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      byte[] input = bom == 1 ? BadInputCorpusTest.concat(mark, b) : b;
      // The content is what follows one leading byte order mark, if any.
      byte[] content = input.length >= 3 && input[0] == mark[0] && input[1] == mark[1] && input[2] == mark[2]
          ? Arrays.copyOfRange(input, 3, input.length) : input;
      List<String> lines = new ArrayList<>();
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      try {
        LineChunks chunks = new LineChunks(new ByteArrayInputStream(input), "b", chunkSize, limit);
        byte[] previousEnd = null;
        for (LineChunks.Chunk c = chunks.next(); c != null; c = chunks.next()) {
          if (previousEnd != null) {
            assertThat(previousEnd[0] == '\n' || (previousEnd[0] == '\r' && c.bytes()[0] != '\n'))
                .as("the chunk before ends with a whole line break").isTrue();
          }
          previousEnd = new byte[] {c.bytes()[c.length() - 1]};
          joined.write(c.bytes(), 0, c.length());
          for (int start = 0; start < c.length(); ) {
            int end = ByteScan.lineEnd(c.bytes(), start, c.length());
            lines.add(new String(c.bytes(), start, end - start, StandardCharsets.ISO_8859_1));
            start = LineChunks.nextLineStart(c.bytes(), end, c.length());
          }
        }
        List<String> whole = new BufferedReader(new StringReader(new String(content, StandardCharsets.ISO_8859_1)))
            .lines().toList();
        assertThat(lines).as("the lines").hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
          if (whole.get(i).length() > limit) {
            assertThat(whole.get(i)).as("line %s", i + 1).startsWith(lines.get(i));
            assertThat(lines.get(i).length()).as("line %s, held", i + 1).isGreaterThan(limit);
          } else {
            assertThat(lines.get(i)).as("line %s", i + 1).isEqualTo(whole.get(i));
          }
        }
        if (whole.stream().allMatch(l -> l.length() <= limit)) {
          assertThat(joined.toByteArray()).as("the chunks, joined, are the input without its byte order mark")
              .isEqualTo(content);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Names shorter and longer than the eight bytes a slot holds, and long names alike in their first eight
   * bytes ({@code HB-0001-...}).
   */
  private static String name(long n) {
    return List.of("O", "HB-0001-", "HB-0001-UNION-", "").get((int) (n % 4)) + n;
  }

  @Test
  void aNameTableFindsEachOfItsNamesAndNothingElse() {
    Gen<List<String>> names = lists().of(longs().between(0, 5000).map(ByteScanProperties::name)).ofSizeBetween(0, 300);
    qt().forAll(names, lists().of(longs().between(0, 6000).map(ByteScanProperties::name)).ofSizeBetween(0, 50))
        .checkAssert((given, probes) -> {
          List<String> distinct = new ArrayList<>(new LinkedHashSet<>(given));
          ByteNames table = ByteNames.of(distinct);
          Set<String> known = new HashSet<>(distinct);
          for (int i = 0; i < distinct.size(); i++) {
            // At the end of an array too, where a whole word cannot be read.
            byte[] name = distinct.get(i).getBytes(StandardCharsets.US_ASCII);
            assertThat(table.indexOf(name, 0, name.length)).as("index of %s", distinct.get(i)).isEqualTo(i);
          }
          for (String probe : probes) {
            byte[] padded = ("\"" + probe + "\",").getBytes(StandardCharsets.US_ASCII);
            int index = table.indexOf(padded, 1, padded.length - 2);
            assertThat(index >= 0).as("%s found", probe).isEqualTo(known.contains(probe));
            if (index >= 0) {
              assertThat(distinct.get(index)).isEqualTo(probe);
            }
          }
        });
  }
}
