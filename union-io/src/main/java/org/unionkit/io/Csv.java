package org.unionkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.unionkit.model.Member;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.Indicator;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.IndicatorUnit;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.RoundingRule;

/**
 * Comma-separated values for spreadsheets, such as
 * {@code Csv.members(Files.newInputStream(path), "members.csv", ReadOptions.defaults())}: members and
 * organisations read and written under their JSON field names, and indicator tables written for reports.
 *
 * <h2>Reading</h2>
 *
 * <p>The first line, the header, names the columns, in any order, by the JSON field names or their
 * Chinese names (the alias table of {@code aliases.properties}; FORMAT.md §15 lists it):
 * <ul>
 *   <li>members: {@code id} 编号, {@code organisation} 所在工会, {@code sex} 性别, {@code birthYear} 出生年份,
 *       {@code joined} 入会日期, {@code workRelation} 工作状态, {@code employmentForm} 就业形态,
 *       {@code skillLevel} 技能等级, {@code honours} 荣誉称号, {@code hardship} 困难职工, {@code citizenId}
 *       身份证号, {@code entry} 入会方式, {@code transferredFrom} 转入自, {@code left} 离会日期,
 *       {@code leaveReason} 离会原因, {@code transferredTo} 转往, {@code underageExemption} 未成年例外, of which
 *       {@code id, organisation, workRelation, employmentForm} are required columns;</li>
 *   <li>organisations: {@code id} 编号, {@code name} 名称, {@code englishName} 英文名称, {@code kind} 类型,
 *       {@code parent} 上级工会, {@code region} 行政区划, {@code industry} 行业, {@code ownership} 经济类型,
 *       {@code employees} 职工人数, {@code founded} 成立日期, {@code dissolved} 撤销日期, of which
 *       {@code id, name, kind} are required columns.</li>
 * </ul>
 * A header is matched with its ends trimmed, and without a required mark ({@code *}) or a trailing unit in
 * brackets ({@code 职工人数（人）}). Columns of personal data the model does not keep ({@code 姓名},
 * {@code 手机号}, {@code 联系电话}, ...) are dropped: never read, stored or shown, and listed by
 * {@link RecordReader#droppedColumns()}. A header that is empty, names a column twice, lacks a required
 * column or has a column not listed (unless the options say {@link UnknownColumns#IGNORE}) fails at once,
 * naming the columns in both languages.
 *
 * <p>Each further row is one record; readers hold one row at a time. Cells hold what the JSON format's
 * strings hold: identifiers and codes as their {@code parse} methods read them, dates as {@code 2020-05-01},
 * honours separated by {@code ;} ({@code NATIONAL_MODEL_WORKER;CRAFTSMAN}). Registers' own spellings are
 * read too: a code value by its name ({@code FEMALE}), its Chinese or English label ({@code 女},
 * {@code female}) or an alias ({@code 在职} for {@code EMPLOYEE}, {@code 三级} for {@code SENIOR_WORKER}); a
 * day also as {@code 2020/5/1}, {@code 2020.5.1} or {@code 2020年5月1日}; honours also separated by ；or 、;
 * a birth year also as a day or a month ({@code 1984.03}, {@code 1984年3月}) or {@code 1984年}, of which the
 * year is kept. The counts ({@code birthYear}, {@code employees})
 * are plain digits: {@code 12.5}, {@code 1e3}, {@code +3} and {@code 1,000} are refused, never truncated. An
 * empty cell is an absent attribute ({@code hardship} then is {@code NONE}). Cells are read as they are, not
 * trimmed (a code value is matched trimmed); an apostrophe this class put before a formula character (see
 * below) is removed.
 *
 * <p>Each bad row (a bad cell, a model rule broken, more or fewer cells than the header, an empty line,
 * broken quoting) is either fatal ({@link Rejects#FAIL}: the iterator throws an
 * {@link UncheckedIOException} whose cause is the {@link UnionFormatException}) or passed to the caller's
 * handler as a {@link Reject} whose path is the field the column is read as (empty for the row as a whole);
 * either way {@code accepted() + rejected() == rowsRead()}. Lines are physical lines from 1, the header
 * being line 1, so a quoted line break inside a cell counts; a bad cell is located where it starts, a bad
 * row where the row starts. Messages never hold a citizen ID number or a birth year.
 *
 * <p>The caller names the encoding: UTF-8 (the default), with or without a byte order mark, GBK or, better,
 * GB18030 ({@code Charset.forName("GB18030")}, GBK and the rare characters of names), which Chinese
 * editions of Excel and WPS write when saving as CSV. A file that starts with a UTF-16 byte order mark is
 * read as UTF-16 whatever the encoding named: Excel's "Unicode text". The separator is a tab when the
 * header line holds a tab and no comma (tab-separated text, as "Unicode text" is), else a comma. Bytes
 * that are not text in the encoding are fatal, and so is a UTF-8 byte order mark on a file read as
 * another encoding: garbled names are never read.
 *
 * <h2>Writing</h2>
 *
 * <p>Member and organisation files have the columns above in that order, a header line first, so that
 * writing then reading gives equal records. Lines end in CRLF, as RFC 4180 has them; cells are quoted
 * where it needs and, by the CSV library's cautious rule, where they hold some other punctuation
 * (spreadsheets read a quoted {@code "27.2%"} as a number all the same). UTF-8 output starts with a byte
 * order mark, without which Excel reads UTF-8 as the local code page; a text the encoding cannot hold (a
 * rare character in GBK) fails, rather than being written as {@code ?}. Member files hold citizen ID
 * numbers in full: they are personal data.
 *
 * <p>Formulas are neutralised, as OWASP advises against CSV injection: a cell written that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it ({@code =SUM(A1)} is written {@code '=SUM(A1)},
 * {@code @cmd} as {@code '@cmd}). Plain numbers are left alone, since a spreadsheet reads them as numbers
 * and runs nothing: an optional sign, digits, an optional decimal fraction and an optional percent sign,
 * such as {@code -3}, {@code +1} or {@code -10.0%}. A text of apostrophes followed by a formula character
 * gets one more, so that reading removes exactly the apostrophe added.
 *
 * <p>{@link #writeTable(IndicatorTable, OutputStream, Charset, Names) Indicator tables} are written with
 * a {@code 名称} (or {@code name}) column of row labels, then one column per indicator, headed by its
 * Chinese (or English) name, followed by the unit for units other than percent, such as
 * {@code 平均每份合同覆盖职工数（人/份）}. Each value is the one the indicator displays, rounded half-up at
 * the unit's decimals, as a number a spreadsheet computes with: {@code 27.2%} for a percentage,
 * {@code 103.1} for other units; an undefined ratio (zero denominator) is an empty cell. The exact counts
 * are not written: keep the {@link IndicatorTable}, or its {@link Ratio}s in JSON, for those.
 *
 * <p>Readers and writers are not thread-safe; the static methods are.
 */
public final class Csv {
  static final CsvLayout<Member> MEMBERS = new CsvLayout<>("member", CsvRow.MEMBER_COLUMNS,
      CsvRow.MEMBER_REQUIRED, MemberField::read, CsvRow::cells, true);
  static final CsvLayout<Organisation> ORGANISATIONS = new CsvLayout<>("organisation",
      CsvRow.ORGANISATION_COLUMNS, CsvRow.ORGANISATION_REQUIRED, OrganisationField::read, CsvRow::cells, false);

  private Csv() {}

  /** What a reader does with a header column that is not one of the record's. */
  public enum UnknownColumns {
    /** The header fails, naming the column. */
    FAIL,
    /** The column is skipped, in every row. */
    IGNORE
  }

  /** The names that head an indicator table's columns. */
  public enum Names {
    /** Chinese names, such as 高技能人才占比. */
    CHINESE,
    /** English names, such as {@code high-skill ratio}. */
    ENGLISH
  }

  /**
   * The member columns in the order {@link #memberWriter} writes them, such as {@code id},
   * {@code organisation}, {@code sex}: the member's JSON field names (FORMAT.md), for a table engine that
   * holds members in columns of these names.
   *
   * @return the names, not null
   */
  public static List<String> memberColumns() {
    return CsvRow.MEMBER_COLUMNS;
  }

  /**
   * Reads members from CSV in the options' encoding (UTF-8 unless given, with or without a byte order
   * mark), such as {@code Csv.members(in, "会员.csv", ReadOptions.defaults().withCharset(Charset.forName("GBK"))
   * .withUnknownColumns(UnknownColumns.IGNORE).withRejects(rejects::add))}.
   *
   * @param in the bytes; closed by {@link RecordReader#close()}, or by this method when it throws; not null
   * @param file the file name for messages; not null
   * @param options the encoding, unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException if the header is empty or has a repeated, missing or (unless ignored)
   *     unknown column, or the start of the file is not text in the encoding
   * @throws IOException if the stream cannot be read
   */
  public static RecordReader<Member> members(InputStream in, String file, ReadOptions options) throws IOException {
    return CsvRecordReader.open(in, file, options, MEMBERS, RowCheck.newIds(file, "line"));
  }

  /**
   * Rolls up the members of a CSV file over a tree, row by row: the same roll-up and counts as
   * {@link Ndjson#rollUp(InputStream, String, OrganisationTree, Iterable, ReadOptions)} gives for the same
   * members as lines, each member held to the counting's {@link org.unionkit.stats.RecordRule}s, a member they
   * reject a bad row at the field the rule is about (its rule's code first in the reason). Such as
   * {@code Csv.rollUp(in, "会员.csv", tree, contracts, ReadOptions.defaults().withCharset(Charset.forName("GB18030"))
   * .withCounting(CountOptions.of(ReportingPeriod.ofYear(2020))).withRejects(rejects::add)).value()}.
   *
   * @param in the bytes, read to the end and closed; not null
   * @param file the file name for messages; not null
   * @param tree the organisations; not null
   * @param contracts the contracts, counted once the members are done; not null
   * @param options the encoding, unknown columns, counting (all recorded time unless given), rejects and
   *     limits; not null
   * @return the roll-up and the row counts, not null
   * @throws UnionFormatException at a bad header, at the first bad row with {@link Rejects#FAIL}, or past a
   *     limit
   * @throws IOException if the stream cannot be read
   */
  public static Collected<RollUp> rollUp(InputStream in, String file, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, ReadOptions options) throws IOException {
    return SequentialRollUp.of(check -> CsvRecordReader.open(in, file, options, MEMBERS, check), file, "line", tree,
        contracts, options);
  }

  /**
   * Reads organisations from CSV in the options' encoding (UTF-8 unless given, with or without a byte
   * order mark), such as {@code Csv.organisations(in, "基层工会.csv", ReadOptions.defaults())}.
   *
   * @param in the bytes; closed by {@link RecordReader#close()}, or by this method when it throws; not null
   * @param file the file name for messages; not null
   * @param options the encoding, unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException if the header is empty or has a repeated, missing or (unless ignored)
   *     unknown column, or the start of the file is not text in the encoding
   * @throws IOException if the stream cannot be read
   */
  public static RecordReader<Organisation> organisations(InputStream in, String file, ReadOptions options)
      throws IOException {
    return CsvRecordReader.open(in, file, options, ORGANISATIONS, RowCheck.none());
  }

  /**
   * Writes members, such as {@code Csv.memberWriter(Files.newOutputStream(path), StandardCharsets.UTF_8)},
   * starting with the header.
   *
   * @param out the destination, flushed and closed by {@link RecordWriter#close()}; not null
   * @param charset the encoding, such as UTF-8 (written with a byte order mark) or GBK; not null
   * @return the writer, not null
   * @throws IOException if the header cannot be written
   */
  public static RecordWriter<Member> memberWriter(OutputStream out, Charset charset) throws IOException {
    return CsvCells.rows(CsvCells.generator(out, charset, MEMBERS.columns(), true), MEMBERS.cells());
  }

  /**
   * Writes organisations, such as
   * {@code Csv.organisationWriter(Files.newOutputStream(path), Charset.forName("GBK"))}, starting with the
   * header.
   *
   * @param out the destination, flushed and closed by {@link RecordWriter#close()}; not null
   * @param charset the encoding, such as UTF-8 (written with a byte order mark) or GBK; not null
   * @return the writer, not null
   * @throws IOException if the header cannot be written
   */
  public static RecordWriter<Organisation> organisationWriter(OutputStream out, Charset charset)
      throws IOException {
    return CsvCells.rows(CsvCells.generator(out, charset, ORGANISATIONS.columns(), true), ORGANISATIONS.cells());
  }

  /**
   * Writes an indicator table, such as
   * {@code Csv.writeTable(table, out, StandardCharsets.UTF_8, Csv.Names.CHINESE)}: a header of names, then
   * one row per table row with the values the indicators display, as the class description sets out.
   *
   * @param table the table; not null
   * @param out the destination, flushed and left open; not null
   * @param charset the encoding, such as UTF-8 (written with a byte order mark) or GBK; not null
   * @param names the names heading the columns; not null
   * @throws IOException if writing fails, or a row label cannot be encoded in the charset
   */
  public static void writeTable(IndicatorTable table, OutputStream out, Charset charset, Names names)
      throws IOException {
    List<String> header = new ArrayList<>();
    header.add(names == Names.CHINESE ? "名称" : "name");
    table.columns().forEach(i -> header.add(heading(i, names)));
    try (JsonGenerator generator = CsvCells.generator(out, charset, header, false)) {
      for (int r = 0; r < table.rows().size(); r++) {
        List<String> row = new ArrayList<>();
        row.add(table.rows().get(r));
        for (int c = 0; c < table.columns().size(); c++) {
          row.add(value(table.columns().get(c), table.cell(r, c)));
        }
        CsvCells.write(generator, row);
      }
    }
  }

  /** An indicator's name, with the unit unless it is percent (whose values carry a % sign). */
  private static String heading(Indicator indicator, Names names) {
    IndicatorUnit unit = indicator.unit();
    boolean percent = unit == IndicatorUnit.PERCENT;
    return switch (names) {
      case CHINESE -> indicator.chinese() + (percent ? "" : "（" + unit.symbol() + "）");
      case ENGLISH -> indicator.english() + (percent ? "" : " (" + unit.english() + ")");
    };
  }

  /** The displayed value as a spreadsheet number: {@code 27.2%}, {@code 103.1}; empty when undefined. */
  private static String value(Indicator indicator, Ratio ratio) {
    return indicator.value(ratio, RoundingRule.HALF_UP)
        .map(v -> v.toPlainString() + (indicator.unit() == IndicatorUnit.PERCENT ? "%" : ""))
        .orElse("");
  }

}
