package org.unionkit.model;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of Chinese yuan (CNY), such as {@code 8082.9万元} or {@code 2744万元}.
 *
 * <p>Amounts are whole numbers of fen (0.01元) and may be negative (a deficit). Equality and order
 * compare the amount, so {@code 1500万元} equals {@code 0.15亿元}. {@link #toString()} writes the amount
 * in the largest of 元, 万元 and 亿元 that is at most its size; {@link #parse(CharSequence)} reads
 * any of them back. Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
  private static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal yuan;

  private Money(BigDecimal yuan) {
    Checks.require(yuan.stripTrailingZeros().scale() <= 2, "money", yuan.toPlainString() + "元",
        "must be a whole number of fen (0.01元)");
    this.yuan = yuan.stripTrailingZeros();
  }

  /**
   * No money: {@code 0元}.
   *
   * @return zero, not null
   */
  public static Money zero() {
    return ZERO;
  }

  /**
   * An amount in yuan, such as {@code ofYuan(new BigDecimal("12.50"))}.
   *
   * @param yuan the amount in 元, a whole number of fen; not null
   * @return the money, not null
   * @throws ValidationException if the amount has fractions of a fen
   */
  public static Money ofYuan(BigDecimal yuan) {
    return new Money(yuan);
  }

  /**
   * An amount of whole yuan, such as {@code ofYuan(27_440_000)}.
   *
   * @param yuan the amount in 元
   * @return the money, not null
   */
  public static Money ofYuan(long yuan) {
    return new Money(BigDecimal.valueOf(yuan));
  }

  /**
   * An amount in a multiple of yuan, such as {@code of(new BigDecimal("8082.9"), WAN)} for 8082.9万元.
   *
   * @param amount the amount in {@code multiplier}元; not null
   * @param multiplier 万, 亿 or none; not null
   * @return the money, not null
   * @throws ValidationException if the amount has fractions of a fen
   */
  public static Money of(BigDecimal amount, Multiplier multiplier) {
    return new Money(amount.multiply(multiplier.factor()));
  }

  /**
   * Parses an amount such as {@code 1500万元}, {@code -12.5元} or {@code 2亿元}.
   *
   * @param text the amount; not null
   * @return the money, not null
   * @throws ValidationException naming the column where the text stops making sense
   */
  public static Money parse(CharSequence text) {
    TextCursor cursor = new TextCursor(text, "money");
    boolean negative = cursor.take("-");
    BigDecimal amount = cursor.number();
    Multiplier multiplier =
        cursor.longest(List.of(Multiplier.values()), Multiplier::symbol).orElse(Multiplier.ONE);
    if (!cursor.take("元")) {
      throw cursor.fail("元");
    }
    cursor.end();
    return of(negative ? amount.negate() : amount, multiplier);
  }

  /**
   * The amount in yuan, such as 80829000 for 8082.9万元.
   *
   * @return the exact amount without trailing zeros, not null
   */
  public BigDecimal yuan() {
    return yuan;
  }

  /**
   * The amount in a multiple of yuan, such as 8082.9 for 8082.9万元 in {@code WAN}.
   *
   * @param multiplier the unit of the result; not null
   * @return the exact amount, not null
   */
  public BigDecimal in(Multiplier multiplier) {
    return yuan.divide(multiplier.factor()).stripTrailingZeros();
  }

  /**
   * The sum, such as {@code 1500万元 + 8082.9万元 = 9582.9万元}.
   *
   * @param other the amount to add; not null
   * @return the exact sum, not null
   */
  public Money plus(Money other) {
    return new Money(yuan.add(other.yuan));
  }

  /**
   * The difference.
   *
   * @param other the amount to subtract; not null
   * @return the exact difference, not null
   */
  public Money minus(Money other) {
    return new Money(yuan.subtract(other.yuan));
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a deficit
   */
  public boolean isNegative() {
    return yuan.signum() < 0;
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other && yuan.compareTo(other.yuan) == 0;
  }

  @Override
  public int hashCode() {
    return yuan.hashCode();
  }

  /**
   * The amount in the largest of 元, 万元, 亿元 not above its size, such as {@code 8082.9万元} or
   * {@code 12.5元}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    Multiplier unit = Multiplier.ONE;
    for (Multiplier m : List.of(Multiplier.WAN, Multiplier.YI)) {
      if (yuan.abs().compareTo(m.factor()) >= 0) {
        unit = m;
      }
    }
    return TextCursor.plain(in(unit)) + unit.symbol() + "元";
  }
}
