package org.unionkit.xlsx;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which sheet of a workbook to read, such as {@code SheetChoice.named("会员")}, {@code SheetChoice.at(2)} (the
 * second, counting from 1 as the tabs are seen) or {@code SheetChoice.first()}. Immutable.
 */
public final class SheetChoice {
  private final Optional<String> name;
  private final OptionalInt position;

  private SheetChoice(Optional<String> name, OptionalInt position) {
    this.name = name;
    this.position = position;
  }

  /**
   * The first sheet, the workbook's first tab.
   *
   * @return the choice, not null
   */
  public static SheetChoice first() {
    return at(1);
  }

  /**
   * The sheet named exactly {@code name}, such as 会员.
   *
   * @param name the tab's name; not null or empty
   * @return the choice, not null
   * @throws IllegalArgumentException if the name is empty
   */
  public static SheetChoice named(String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a sheet name must not be empty");
    }
    return new SheetChoice(Optional.of(name), OptionalInt.empty());
  }

  /**
   * The sheet at a position among the tabs, from 1.
   *
   * @param position the position, 1 or more
   * @return the choice, not null
   * @throws IllegalArgumentException if the position is below 1
   */
  public static SheetChoice at(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("sheet position (" + position + ") must be 1 or more");
    }
    return new SheetChoice(Optional.empty(), OptionalInt.of(position));
  }

  /**
   * Reads a choice as the command line writes it: digits are a position ({@code 2}), anything else a
   * name ({@code 会员}).
   *
   * @param text the text; not null or empty
   * @return the choice, not null
   * @throws IllegalArgumentException if the text is empty or the position is 0
   */
  public static SheetChoice parse(CharSequence text) {
    String s = text.toString();
    return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9')
        ? at(Integer.parseInt(s)) : named(s);
  }

  /**
   * The sheet's name, when chosen by name.
   *
   * @return the name, not null
   */
  public Optional<String> name() {
    return name;
  }

  /**
   * The sheet's position from 1, when chosen by position.
   *
   * @return the position, not null
   */
  public OptionalInt position() {
    return position;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SheetChoice other && name.equals(other.name) && position.equals(other.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, position);
  }

  /** The choice as {@link #parse} reads it: {@code 会员} or {@code 2}. */
  @Override
  public String toString() {
    return name.orElseGet(() -> String.valueOf(position.getAsInt()));
  }
}
