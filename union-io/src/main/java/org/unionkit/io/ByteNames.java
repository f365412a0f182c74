package org.unionkit.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of ASCII names (field names, code values, a tree's organisation ids), looked up by a range
 * of bytes without making a String: the NDJSON fast path finds {@code "EMPLOYEE"} or {@code "O1234"} where
 * it lies in the line. Open addressing over a power-of-two table at most half full. Immutable and
 * thread-safe.
 */
final class ByteNames {
  /** The names one after another: name {@code i} is {@code bytes[starts[i], starts[i + 1])}. */
  private final byte[] bytes;
  private final int[] starts;
  private final int[] slots;
  private final int mask;

  private ByteNames(List<String> names) {
    int n = names.size();
    starts = new int[n + 1];
    byte[][] each = new byte[n][];
    for (int i = 0; i < n; i++) {
      each[i] = names.get(i).getBytes(StandardCharsets.US_ASCII);
      starts[i + 1] = starts[i] + each[i].length;
    }
    // A word's slack at the end, so that every name can be read as a whole word (see ByteScan.equal).
    bytes = new byte[starts[n] + Long.BYTES];
    for (int i = 0; i < n; i++) {
      System.arraycopy(each[i], 0, bytes, starts[i], each[i].length);
    }
    int size = Integer.highestOneBit(Math.max(1, n) * 2) * 2;
    slots = new int[size];
    Arrays.fill(slots, -1);
    mask = size - 1;
    for (int i = 0; i < n; i++) {
      int slot = hash(bytes, starts[i], starts[i + 1]) & mask;
      while (slots[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i;
    }
  }

  /** The names, indexed in the order given; they must be distinct. */
  static ByteNames of(List<String> names) {
    return new ByteNames(names);
  }

  /** The constants' names, indexed by ordinal. */
  static ByteNames of(Class<? extends Enum<?>> type) {
    return new ByteNames(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  /**
   * The index of the name spelt by {@code bytes[from, to)}.
   *
   * @return the index, or -1 if no name matches
   */
  int indexOf(byte[] text, int from, int to) {
    for (int slot = hash(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      int i = slots[slot];
      if (i < 0 || spells(i, text, from, to)) {
        return i;
      }
    }
  }

  /**
   * Whether {@code text[from, to)} spells the name with the given index.
   *
   * @param index an index of {@link #indexOf}
   */
  boolean spells(int index, byte[] text, int from, int to) {
    int length = starts[index + 1] - starts[index];
    return length == to - from && ByteScan.equal(bytes, starts[index], text, from, length);
  }

  /**
   * The length of the name with the given index.
   *
   * @param index an index of {@link #indexOf}
   */
  int length(int index) {
    return starts[index + 1] - starts[index];
  }

  /**
   * How many names there are.
   *
   * @return the count
   */
  int size() {
    return starts.length - 1;
  }

  /** A hash of every byte, a word at a time where the range is long enough. */
  static int hash(byte[] bytes, int from, int to) {
    long h = to - from;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      h = (h ^ ByteScan.word(bytes, i)) * 0x9E3779B97F4A7C15L;
    }
    for (; i < to; i++) {
      h = (h ^ bytes[i]) * 0x9E3779B97F4A7C15L;
    }
    return (int) (h ^ (h >>> 32));
  }
}
