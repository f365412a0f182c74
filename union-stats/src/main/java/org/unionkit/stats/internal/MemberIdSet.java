package org.unionkit.stats.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.unionkit.model.MemberId;

/**
 * The member ids read so far, each with the number of the record it was first read on: exact, with no
 * false match. An id of up to 10 characters, or of up to 18 digits, is packed into one {@code long} by a
 * one-to-one code (the common case: membership numbers); a longer id is kept as its text in a side map.
 *
 * <p>Memory: an open-addressing table of power-of-two size, at most three quarters full, of a {@code long}
 * key and an {@code int} record number per slot: 12 bytes a slot, so 16 to 24 bytes an id, plus about 80
 * bytes for each id that does not pack. Not thread-safe: one thread asks, in input order. Not part of the
 * public API: exported to union-io only, for its readers.
 */
public final class MemberIdSet {
  /** 66 characters may spell an id; written as digits 1..66 of a bijective base-67 numeral. */
  private static final int RADIX = 67;
  private static final int MAX_PACKED = 10;
  /** 67^10: packed short ids lie below it, packed digit strings from it up. */
  private static final long DIGITS_BASE = pow(RADIX, MAX_PACKED);
  private static final int MAX_DIGITS = 18;
  private static final long EMPTY = 0;
  private static final int NO_LINE = -1;

  private long[] keys = new long[1 << 10];
  private int[] records = new int[1 << 10];
  private int size;
  private final Map<String, Long> unpacked = new HashMap<>();

  /** An empty set. */
  public MemberIdSet() {}

  /**
   * Adds the id, read on {@code record}; returns 0 if it is new, else the record it was first read on (-1
   * when that number passed {@code Integer.MAX_VALUE}).
   */
  @CanIgnoreReturnValue
  public long add(MemberId id, long record) {
    if (size + 1 > keys.length / 4 * 3) {
      grow();
    }
    String text = id.toString();
    long key = pack(text);
    return key == EMPTY ? unpacked(text, record) : probe(key, spread(key) & (keys.length - 1), keys.length - 1, record);
  }

  /**
   * Adds the ids of {@code keys[0 .. n)} ({@link #key}) in that order, each read on {@code records[i]}, as
   * {@link #add} would one by one: {@code first[i]} becomes 0 for a new id, else the record it was first
   * read on. {@code ids} is asked for the id of a key 0 only (an id that does not pack). A batch lets the
   * table's cache misses overlap: every key's home slot is found before any is probed.
   *
   * @return how many of the ids were read before
   */
  public int addAll(long[] keys, IntFunction<MemberId> ids, long[] records, int n, long[] first) {
    while (size + n > this.keys.length / 4 * 3) {
      grow();
    }
    int mask = this.keys.length - 1;
    int[] home = new int[n];
    for (int i = 0; i < n; i++) {
      home[i] = spread(keys[i]) & mask;
    }
    int repeats = 0;
    for (int i = 0; i < n; i++) {
      first[i] = keys[i] == EMPTY ? unpacked(ids.apply(i).toString(), records[i]) : probe(keys[i], home[i], mask,
          records[i]);
      repeats += first[i] == 0 ? 0 : 1;
    }
    return repeats;
  }

  /**
   * The one-to-one code of an id of up to 10 characters or 18 digits, from 1; 0 for an id that does not
   * pack. Cheap, and safe on any thread: readers compute it where the id was decoded.
   */
  public static long key(MemberId id) {
    return pack(id.toString());
  }

  /**
   * {@link #key(MemberId)} of the id the text spells, for a reader that has its text and no id yet.
   *
   * @param id the text of a valid member id ({@link MemberId#isValid})
   */
  public static long key(CharSequence id) {
    return pack(id);
  }

  private long unpacked(String text, long record) {
    Long first = unpacked.putIfAbsent(text, record);
    return first == null ? 0 : first;
  }

  /** Finds or inserts the key from its home slot; the table has room (see {@link #addAll}). */
  private long probe(long key, int home, int mask, long record) {
    for (int slot = home; ; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return records[slot];
      }
      if (keys[slot] == EMPTY) {
        keys[slot] = key;
        records[slot] = record <= Integer.MAX_VALUE ? (int) record : NO_LINE;
        size++;
        return 0;
      }
    }
  }

  /** How many ids have been added. */
  public int size() {
    return size + unpacked.size();
  }

  /** Bytes held by the table of packed ids. */
  public long tableBytes() {
    return (long) keys.length * (Long.BYTES + Integer.BYTES);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRecords = records;
    keys = new long[oldKeys.length * 2];
    records = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = spread(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        records[slot] = oldRecords[i];
      }
    }
  }

  /** The one-to-one code of a short id or a digit string, from 1; 0 for an id that does not pack. */
  private static long pack(CharSequence id) {
    int n = id.length();
    if (n <= MAX_PACKED) {
      long key = 0;
      for (int i = n - 1; i >= 0; i--) {
        key = key * RADIX + digit(id.charAt(i));
      }
      return key;
    }
    if (n > MAX_DIGITS) {
      return EMPTY;
    }
    // Bijective base 11 over the digits 0-9 written as 1-10: 11^18 + 67^10 stays below 2^63.
    long key = 0;
    for (int i = n - 1; i >= 0; i--) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return EMPTY;
      }
      key = key * 11 + (c - '0' + 1);
    }
    return DIGITS_BASE + key;
  }

  /** 1..66 for the characters MemberId allows. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 1;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 11;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 37;
    }
    return switch (c) {
      case '.' -> 63;
      case '_' -> 64;
      case ':' -> 65;
      default -> 66; // '-', the last character an identifier may hold
    };
  }

  /** Mixes all 64 bits into the low ones (the finaliser of MurmurHash3), since slots take the low bits. */
  private static int spread(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  private static long pow(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= base;
    }
    return result;
  }
}
