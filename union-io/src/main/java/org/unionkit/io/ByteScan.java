package org.unionkit.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of bytes eight at a time, one {@code long} word holding eight bytes (SWAR). Each test sets the
 * top bit of every byte that matches; a borrow can also mark bytes above a true match, never below one,
 * so the lowest marked byte of a word is always a true match.
 */
final class ByteScan {
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private ByteScan() {}

  /** The eight bytes from {@code from}, the first in the lowest bits. */
  static long word(byte[] bytes, int from) {
    return (long) WORDS.get(bytes, from);
  }

  /**
   * Whether {@code a[aFrom ..]} and {@code b[bFrom ..]} hold the same {@code length} bytes: word by word,
   * the last word overlapping the one before it. A range shorter than a word is compared as one masked
   * word where both arrays hold a word from its start. Both ranges must lie within their arrays.
   */
  static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
    if (length < Long.BYTES) {
      if (aFrom + Long.BYTES <= a.length && bFrom + Long.BYTES <= b.length) {
        return ((word(a, aFrom) ^ word(b, bFrom)) & ((1L << (length * Byte.SIZE)) - 1)) == 0;
      }
      for (int i = 0; i < length; i++) {
        if (a[aFrom + i] != b[bFrom + i]) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < length - Long.BYTES; i += Long.BYTES) {
      if (word(a, aFrom + i) != word(b, bFrom + i)) {
        return false;
      }
    }
    return word(a, aFrom + length - Long.BYTES) == word(b, bFrom + length - Long.BYTES);
  }

  /** Marks the bytes equal to {@code c}. */
  private static long equalTo(long word, int c) {
    long x = word ^ (ONES * c);
    return (x - ONES) & ~x & HIGHS;
  }

  /** Marks the bytes below {@code n} (at most 128), among those below 128. */
  private static long below(long word, int n) {
    return (word - ONES * n) & ~word & HIGHS;
  }

  /** The index of the lowest marked byte of the word read at {@code from}. */
  private static int first(int from, long marks) {
    return from + (Long.numberOfTrailingZeros(marks) >>> 3);
  }

  /**
   * The index of the first line feed or carriage return in {@code bytes[from, to)}, or {@code to}.
   *
   * @param bytes the bytes
   * @param from where to start
   * @param to where to stop
   * @return the index
   */
  static int lineEnd(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = word(bytes, i);
      long marks = equalTo(word, '\n') | equalTo(word, '\r');
      if (marks != 0) {
        return first(i, marks);
      }
    }
    while (i < to && bytes[i] != '\n' && bytes[i] != '\r') {
      i++;
    }
    return i;
  }

  /**
   * The index of the quote that ends a JSON string whose content starts at {@code from}, if the content is
   * plain: printable ASCII without escapes.
   *
   * @param bytes the bytes
   * @param from the first byte after the opening quote
   * @param to where to stop
   * @return the index of the closing quote, or -1 if a byte before it is not plain or there is none
   */
  static int plainStringEnd(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = word(bytes, i);
      long marks = equalTo(word, '"') | equalTo(word, '\\') | equalTo(word, 0x7F) | below(word, 0x20)
          | (word & HIGHS);
      if (marks != 0) {
        int at = first(i, marks);
        return bytes[at] == '"' ? at : -1;
      }
    }
    for (; i < to; i++) {
      byte c = bytes[i];
      if (c == '"') {
        return i;
      }
      if (c < 0x20 || c == 0x7F || c == '\\') {
        return -1;
      }
    }
    return -1;
  }
}
