package org.unionkit.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A published count or amount with its unit and qualifier, such as {@code 14万余人} (more than 140,000
 * persons), {@code 5.1万份} or {@code 27.2%}.
 *
 * <p>The quantity keeps the figure as written: the digits with their scale ({@code 5.10万} and
 * {@code 5.1万} differ, since they claim different precision), the multiplier (万, 亿), the qualifier
 * (余, 多, +, 近, 约, 以上, ...) and the unit (人, 人次, 元, ... or another measure word such as 宗).
 * {@link #interval(IntervalRules)} gives the
 * values it stands for. {@link #parse(CharSequence)} and {@link #toString()} invert each other.
 *
 * <p>Rules checked at construction: the number is not negative; 余/多 after a multiplier need one;
 * less-than and more-than qualifiers need a positive number; counts (every unit but 元 and %) are
 * whole after the multiplier (172.5万人 is fine, 3.5人 is not); money is a whole number of fen.
 */
@Value.Immutable
public abstract class Quantity implements WithQuantity {
  private static final Map<Qualifier.Position, List<Qualifier>> QUALIFIERS =
      Arrays.stream(Qualifier.values()).collect(Collectors.groupingBy(Qualifier::position));

  Quantity() {}

  /**
   * A quantity from its parts, such as {@code of(new BigDecimal("14"), WAN, YU_AFTER_MULTIPLIER, PERSON)}.
   *
   * @param number the digits as written, not negative; not null
   * @param multiplier 万, 亿 or none; not null
   * @param qualifier 余, 多, ... or {@link Qualifier#EXACT}; not null
   * @param unit the unit, not {@link Unit#OTHER} (whose word {@link #ofMeasureWord} takes); not null
   * @return the quantity, not null
   * @throws ValidationException if a rule above is broken
   */
  public static Quantity of(BigDecimal number, Multiplier multiplier, Qualifier qualifier, Unit unit) {
    return ImmutableQuantity.of(number, multiplier, qualifier, unit);
  }

  /**
   * An exact count without multiplier, such as {@code of(418, ENTERPRISE)} for 418家.
   *
   * @param count the count, not negative
   * @param unit the unit; not null
   * @return the quantity, not null
   * @throws ValidationException if the count is negative
   */
  public static Quantity of(long count, Unit unit) {
    return of(BigDecimal.valueOf(count), Multiplier.ONE, Qualifier.EXACT, unit);
  }

  /**
   * A count of things called by a measure word outside the known units, such as {@code 12宗} (cases, as
   * southern reports write them) or {@code 3座}: unit {@link Unit#OTHER}, the word kept.
   *
   * @param number the digits as written, not negative; not null
   * @param multiplier 万, 亿 or none; not null
   * @param qualifier 余, 多, ... or {@link Qualifier#EXACT}; not null
   * @param measureWord one CJK ideograph (U+4E00 to U+9FFF) that is not a known unit's symbol, such as 宗; not null
   * @return the quantity, not null
   * @throws ValidationException if a rule above is broken or the word is not such an ideograph
   */
  public static Quantity ofMeasureWord(BigDecimal number, Multiplier multiplier, Qualifier qualifier,
      String measureWord) {
    return ImmutableQuantity.builder().number(number).multiplier(multiplier).qualifier(qualifier).unit(Unit.OTHER)
        .measureWord(measureWord).build();
  }

  /**
   * Parses a figure as Chinese reports write it, such as {@code 14万余人}, {@code 6800多万元},
   * {@code 40万+人次}, {@code 约5万人}, {@code 90%以上}, {@code 十余万人} or {@code １２，３４５人}.
   *
   * <p>Grammar: [近|约|逾|超过|不足|不到] number [余|多] [万|亿|万亿] [余|多|+] unit [左右|以上|以下], where
   * the number is digits ({@code 172.5}, {@code 12,345}) or Chinese numerals (两万, 三千, 一百二十, 一万二千: read
   * as the digits of their largest multiplier, 2万, 3000, 120, 1.2万; 万 alone is 1万, as in 近万人), full-width
   * forms are read as their half-width letters, and the unit is a known symbol or any other one-ideograph
   * measure word ({@link Unit#OTHER}). {@link #toString()} writes the digits: 两万人 prints as 2万人 and
   * parses back to the same quantity.
   *
   * @param text the figure; not null
   * @return the quantity, not null
   * @throws ValidationException naming the column where the text stops making sense
   */
  public static Quantity parse(CharSequence text) {
    TextCursor cursor = new TextCursor(text, "quantity");
    Qualifier qualifier = take(cursor, Qualifier.Position.BEFORE_NUMBER);
    TextCursor.Written written = cursor.figureNumber();
    if (qualifier == Qualifier.EXACT) {
      qualifier = take(cursor, Qualifier.Position.AFTER_NUMBER);
    }
    Multiplier multiplier = written.multiplier() != Multiplier.ONE ? written.multiplier()
        : cursor.longest(List.of(Multiplier.values()), Multiplier::symbol).orElse(Multiplier.ONE);
    if (qualifier == Qualifier.EXACT) {
      qualifier = take(cursor, Qualifier.Position.AFTER_MULTIPLIER);
    }
    Optional<Unit> unit = cursor.longest(List.of(Unit.values()), Unit::symbol);
    Optional<String> word = unit.isPresent() ? Optional.empty() : cursor.measureWord();
    if (unit.isEmpty() && word.isEmpty()) {
      throw cursor.fail("a unit such as 人, 人次, 家, 件, 元 or %, or a measure word such as 宗");
    }
    if (qualifier == Qualifier.EXACT) {
      qualifier = take(cursor, Qualifier.Position.AFTER_UNIT);
    }
    cursor.end();
    return unit.isPresent() ? of(written.number(), multiplier, qualifier, unit.get())
        : ofMeasureWord(written.number(), multiplier, qualifier, word.get());
  }

  private static Qualifier take(TextCursor cursor, Qualifier.Position position) {
    return cursor.longest(QUALIFIERS.get(position), Qualifier::symbol).orElse(Qualifier.EXACT);
  }

  /**
   * The digits as written, such as 14 in 14万余人.
   *
   * @return the number with its written scale, not null
   */
  @Value.Parameter
  public abstract BigDecimal number();

  /**
   * The multiplier, such as {@code WAN} in 14万余人.
   *
   * @return the multiplier, not null
   */
  @Value.Parameter
  public abstract Multiplier multiplier();

  /**
   * The qualifier, such as {@code YU_AFTER_MULTIPLIER} in 14万余人.
   *
   * @return the qualifier, not null
   */
  @Value.Parameter
  public abstract Qualifier qualifier();

  /**
   * The unit, such as {@code PERSON} in 14万余人.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract Unit unit();

  /**
   * The measure word as written: the unit's symbol, such as 人, or for {@link Unit#OTHER} the word itself,
   * such as 宗.
   *
   * @return the word, not null
   */
  @Value.Default
  public String measureWord() {
    return unit().symbol();
  }

  /**
   * Whether two figures count the same thing, so that one may be divided by the other or added to it: the
   * same {@link Dimension}, and for {@link Unit#OTHER} the same measure word (12宗 and 3座 do not).
   *
   * @param other the other figure; not null
   * @return true if they count the same thing
   */
  public boolean countsSameAs(Quantity other) {
    return dimension() == other.dimension() && (unit() != Unit.OTHER || measureWord().equals(other.measureWord()));
  }

  /**
   * The figure as written, in the unit's base (persons, yuan, percentage points), such as 140000 for
   * 14万余人. For a qualified figure this is the written bound, not an estimate.
   *
   * @return the exact value, not null
   */
  public BigDecimal value() {
    return number().multiply(multiplier().factor());
  }

  /**
   * What the unit counts, such as {@code PERSONS}; {@link Dimension#OTHER} for another measure word (see
   * {@link #countsSameAs(Quantity)}).
   *
   * @return the dimension, not null
   */
  public Dimension dimension() {
    return unit().dimension();
  }

  /**
   * The interval the figure stands for under the default {@link IntervalRules}, such as
   * {@code [140000, 150000)} for 14万余人.
   *
   * @return the interval, in the unit's base; not null
   */
  public Interval interval() {
    return interval(IntervalRules.defaults());
  }

  /**
   * The interval the figure stands for, in the unit's base (persons, yuan, percentage points).
   *
   * <ul>
   *   <li>no qualifier: the value itself, or {@code [v - h, v + h)} when the rules take the figure as
   *       rounded, {@code h} being half the place of its last written digit (5.1万: {@code [50500, 51500)});
   *   <li>余/多 after the digits: {@code [v, v + p)}, {@code p} the place of the last non-zero digit
   *       (10余万: {@code [100000, 200000)}; 6800多万: {@code [6800万, 6900万)});
   *   <li>余/多 after the multiplier: {@code [v, v + p)}, {@code p} the place of the last written digit
   *       (14万余: {@code [140000, 150000)});
   *   <li>+ and 以上: {@code [v, ∞)}; 逾 and 超过: {@code (v, ∞)}; 不足 and 不到: {@code [0, v)}; 以下:
   *       {@code [0, v]};
   *   <li>近: {@code [v (1 - w), v)}; 约 and 左右: {@code [v (1 - w), v (1 + w)]}, with the rules' widths.
   * </ul>
   *
   * <p>Lower ends for 余/多 are closed: reports write a count truncated to the place as "余"/"多".
   *
   * @param rules the widths and the rounding assumption; not null
   * @return the interval, not null
   */
  public Interval interval(IntervalRules rules) {
    Objects.requireNonNull(rules, "rules");
    BigDecimal factor = multiplier().factor();
    BigDecimal value = value();
    BigDecimal lastWritten = BigDecimal.ONE.scaleByPowerOfTen(-number().scale()).multiply(factor);
    return switch (qualifier()) {
      case EXACT -> {
        if (!isRounded(rules.rounding())) {
          yield Interval.point(value);
        }
        BigDecimal half = lastWritten.divide(BigDecimal.valueOf(2));
        yield Interval.closedOpen(value.subtract(half).max(BigDecimal.ZERO), value.add(half));
      }
      case YU_AFTER_NUMBER, DUO_AFTER_NUMBER -> {
        BigDecimal lastNonZero =
            BigDecimal.ONE.scaleByPowerOfTen(-number().stripTrailingZeros().scale()).multiply(factor);
        yield Interval.closedOpen(value, value.add(lastNonZero));
      }
      case YU_AFTER_MULTIPLIER, DUO_AFTER_MULTIPLIER -> Interval.closedOpen(value, value.add(lastWritten));
      case AT_LEAST -> Interval.atLeast(value);
      case OVER, EXCEEDING -> Interval.greaterThan(value);
      case UNDER, BELOW -> Interval.closedOpen(BigDecimal.ZERO, value);
      case AND_ABOVE -> Interval.atLeast(value);
      case AND_BELOW -> Interval.closed(BigDecimal.ZERO, value);
      case NEARLY -> Interval.closedOpen(value.multiply(BigDecimal.ONE.subtract(rules.nearlyWidth())), value);
      case ABOUT, AROUND -> Interval.closed(value.multiply(BigDecimal.ONE.subtract(rules.aboutWidth())),
          value.multiply(BigDecimal.ONE.add(rules.aboutWidth())));
    };
  }

  private boolean isRounded(RoundingAssumption assumption) {
    return switch (assumption) {
      case ALWAYS_ROUNDED -> true;
      case NEVER_ROUNDED -> false;
      case ROUNDED_WHEN_SCALED ->
          multiplier() != Multiplier.ONE || unit() == Unit.PERCENT || number().scale() > 0;
    };
  }

  @Value.Check
  void check() {
    Checks.require(number().signum() >= 0, "number", number().toPlainString(), "must not be negative");
    Qualifier.Position position = qualifier().position();
    Checks.require(position != Qualifier.Position.AFTER_MULTIPLIER || qualifier() == Qualifier.AT_LEAST
            || multiplier() != Multiplier.ONE, "qualifier", qualifier(),
        "after a multiplier needs 万 or 亿; write " + qualifier().symbol() + " after the digits instead");
    Checks.require(qualifier() == Qualifier.EXACT || qualifier() == Qualifier.AT_LEAST
            || qualifier() == Qualifier.AND_ABOVE || number().signum() > 0, "number", number().toPlainString(),
        "must be positive with the qualifier " + qualifier().symbol());
    if (unit() == Unit.OTHER) {
      String word = measureWord();
      Checks.require(word.length() == 1 && word.charAt(0) >= '\u4E00' && word.charAt(0) <= '\u9FFF'
          && Arrays.stream(Unit.values()).noneMatch(u -> u.symbol().equals(word)), "measureWord", word,
          "must be one CJK ideograph that is not a known unit (人, 家, 件, ...)");
    } else {
      Checks.require(measureWord().equals(unit().symbol()), "measureWord", measureWord(),
          "must be the symbol of " + unit() + " (" + unit().symbol() + ")");
    }
    BigDecimal value = value().stripTrailingZeros();
    if (dimension().isCount()) {
      Checks.require(value.scale() <= 0, "number", this, "must be a whole count of " + measureWord());
    } else if (dimension() == Dimension.MONEY) {
      Checks.require(value.scale() <= 2, "number", this, "must be a whole number of fen (0.01元)");
    }
  }

  /**
   * The figure as written, such as {@code 14万余人}; {@link #parse(CharSequence)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    appendQualifier(text, Qualifier.Position.BEFORE_NUMBER);
    text.append(number().toPlainString());
    appendQualifier(text, Qualifier.Position.AFTER_NUMBER);
    text.append(multiplier().symbol());
    appendQualifier(text, Qualifier.Position.AFTER_MULTIPLIER);
    text.append(measureWord());
    appendQualifier(text, Qualifier.Position.AFTER_UNIT);
    return text.toString();
  }

  private void appendQualifier(StringBuilder text, Qualifier.Position position) {
    if (qualifier().position() == position) {
      text.append(qualifier().symbol());
    }
  }
}
