package org.unionkit.io;

import java.nio.charset.StandardCharsets;

/**
 * A range of ASCII bytes read as characters without copying them, such as a member id within a line, so
 * that the model's checks of a text run before any String is made. Refilled value after value: not
 * thread-safe, and valid only while the bytes are unchanged.
 */
final class AsciiText implements CharSequence {
  private byte[] bytes = new byte[0];
  private int from;
  private int to;

  /** Makes this the text of {@code bytes[from, to)}, each byte below 128. */
  AsciiText of(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.from = from;
    this.to = to;
    return this;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    return (char) bytes[from + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
