package org.unionkit.model;

/**
 * The unit a figure is written with, such as {@code PERSON_TIME} (人次); each belongs to a
 * {@link Dimension}. Two symbols may share a dimension (人 and 名 both count persons).
 */
public enum Unit implements Labelled {
  /** 人. */
  PERSON("人", Dimension.PERSONS),
  /** 名 (persons, as in 98名代表). */
  PERSON_MING("名", Dimension.PERSONS),
  /** 位 (persons, honorific, as in 10位代表). */
  PERSON_WEI("位", Dimension.PERSONS),
  /** 人次. */
  PERSON_TIME("人次", Dimension.PERSON_TIMES),
  /** 户. */
  HOUSEHOLD("户", Dimension.HOUSEHOLDS),
  /** 家. */
  ENTERPRISE("家", Dimension.ENTERPRISES),
  /** 个. */
  PIECE("个", Dimension.ORGANISATIONS),
  /** 部门 (departments, as in 5部门联合制定). */
  DEPARTMENT("部门", Dimension.ORGANISATIONS),
  /** 件. */
  CASE("件", Dimension.CASES),
  /** 场. */
  EVENT("场", Dimension.EVENTS),
  /** 期. */
  SESSION("期", Dimension.EVENTS),
  /** 次. */
  TIME("次", Dimension.EVENTS),
  /** 批次. */
  BATCH("批次", Dimension.EVENTS),
  /** 份. */
  COPY("份", Dimension.ITEMS),
  /** 项. */
  ITEM("项", Dimension.ITEMS),
  /** 篇. */
  ARTICLE("篇", Dimension.ITEMS),
  /** 台. */
  MACHINE("台", Dimension.ITEMS),
  /** 颗. */
  PIECE_SMALL("颗", Dimension.ITEMS),
  /** 元. */
  YUAN("元", Dimension.MONEY),
  /** %. */
  PERCENT("%", Dimension.PERCENT),
  /**
   * Any other measure word, such as 宗 (cases, in southern reports), 座, 条 or 所: a count of things called
   * by that word, which {@link Quantity#measureWord()} keeps. Its symbol is empty: the word is the figure's.
   */
  OTHER("", Dimension.OTHER);

  private final String symbol;
  private final Dimension dimension;

  Unit(String symbol, Dimension dimension) {
    this.symbol = symbol;
    this.dimension = dimension;
  }

  /**
   * The written symbol, such as 人次.
   *
   * @return the symbol, empty for {@link #OTHER}; not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * What the unit counts, such as {@code PERSONS} for 名.
   *
   * @return the dimension, not null
   */
  public Dimension dimension() {
    return dimension;
  }
}
