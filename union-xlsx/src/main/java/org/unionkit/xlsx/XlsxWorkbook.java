package org.unionkit.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.unionkit.io.AtomicFiles;
import org.unionkit.io.Csv;
import org.unionkit.io.RegisterColumns;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportedFigure;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.IndicatorUnit;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.TextTable;

/**
 * A workbook (.xlsx) to write, sheet by sheet, such as
 * {@code XlsxWorkbook.empty().withFigures("数据", dataset.figures()).withTable("指标", table).writeTo(path)}:
 * registers, indicator tables, counts and a report's figures and audit, each value typed as a person would
 * type it, so that a spreadsheet sorts, sums and charts it. Immutable: each {@code with} method returns a new
 * workbook with one more sheet, and nothing is read or written until {@link #writeTo(Path)}.
 *
 * <h2>The sheets</h2>
 *
 * <ul>
 *   <li>{@linkplain #withMembers Members} and {@linkplain #withOrganisations organisations}: one header row of
 *       the CSV's column names in its order ({@link Csv#memberColumns()}, {@link RegisterColumns}), then one
 *       record a row, each cell holding the text the CSV writer writes for it, typed: dates
 *       ({@code joined}, {@code left}, {@code founded}, {@code dissolved}) as date cells shown
 *       {@code yyyy-mm-dd}; counts ({@code birthYear}, {@code employees}) as number cells; everything else,
 *       identifiers, codes and citizen ID numbers among them, as text cells in the text format {@code @}, so
 *       an 18-digit ID number keeps every digit; honours joined by {@code ;}. An absent attribute is an empty
 *       cell. Rows are passed on to the stream a thousand at a time, so a register of a million members is
 *       written in little memory; a sheet holds at most 1,048,575 records under its header.
 *   <li>{@linkplain #withTable Indicator tables}: a column of row labels, then three columns per indicator:
 *       its value as a number, rounded for display by the cell's number format only, then the exact
 *       numerator and denominator as whole numbers ({@code #,##0}). A percentage is stored as the fraction of
 *       one under the format {@code 0.0%} (0.271727... shows 27.2%); another unit's value is stored in that
 *       unit, numerator × 10<sup>{@linkplain IndicatorUnit#powerOfTen() power}</sup> / denominator, under a
 *       format of the unit's decimals ({@code 0.0} for persons per contract, {@code 0.00} for yuan per case).
 *       Spreadsheets round a format's last digit half away from zero, as
 *       {@link org.unionkit.stats.RoundingRule#HALF_UP} (the report's rule) does; a value on an exact half
 *       may show otherwise than under {@code HALF_EVEN}. An undefined ratio (a zero denominator) leaves the
 *       value cell empty, its numerator and denominator written. The value column is headed by the
 *       indicator's name with the unit for units other than percent, as {@link Csv#writeTable} heads it; the
 *       numerator's and denominator's by {@code 分子：} and {@code 分母：} with their terms in Chinese
 *       measure names ({@code numerator}, {@code denominator} in English).
 *   <li>{@linkplain #withCounts Counts}: a column of row labels, then whole numbers ({@code #,##0}).
 *   <li>{@linkplain #withFigures Figures}: one a row, ordered by section as the text report lists them:
 *       section, id, as written ({@code 14万余人}), interval ({@code [140000, 150000)}), its lower and upper
 *       bound as numbers in the unit's base (the upper empty when unbounded), unit ({@code 人}, {@code %},
 *       {@code 元}), measure in Chinese and English, period.
 *   <li>{@linkplain #withAudit Audit}: one relation a row: id, kind (in Chinese), what the figures allow
 *       ({@code (27.10%, 27.25%)}), verdict ({@code CONSISTENT}), the description in Chinese and English.
 * </ul>
 *
 * <p>Every sheet but a register's has two header rows, the Chinese names above the English ones; a register
 * has one, the column names its readers expect. Header rows stay in view when scrolling, and so does the
 * column of row labels. Column widths fit the widest text among the headers and the first thousand rows,
 * CJK characters counting as two digits' width ({@link TextTable#width(String)}).
 *
 * <p>Sheet names follow Excel's rules, checked when the sheet is added: 1 to 31 characters, none of
 * {@code : \ / ? * [ ]}, no apostrophe first or last, and no two names equal but for case.
 */
public final class XlsxWorkbook {
  private static final int LONGEST_NAME = 31;
  private static final String FORBIDDEN = ":\\/?*[]";

  /** A sheet to write: its name and content. */
  private record Sheet(String name, Sheets.Content content) {}

  private final List<Sheet> sheets;

  private XlsxWorkbook(List<Sheet> sheets) {
    this.sheets = List.copyOf(sheets);
  }

  /**
   * A workbook without sheets, to add them to.
   *
   * @return the workbook, not null
   */
  public static XlsxWorkbook empty() {
    return new XlsxWorkbook(List.of());
  }

  /**
   * This workbook with a sheet of members, as the class description sets out.
   *
   * @param sheet the sheet's name, such as 会员; not null
   * @param members the members, iterated once when the workbook is written, such as an NDJSON reader's; not null
   * @return the workbook with the sheet, not null
   * @throws IllegalArgumentException if the name breaks Excel's rules or is taken
   */
  public XlsxWorkbook withMembers(String sheet, Iterable<Member> members) {
    return with(sheet, Sheets.register(RegisterColumns.members(), members));
  }

  /**
   * This workbook with a sheet of organisations, as the class description sets out.
   *
   * @param sheet the sheet's name, such as 工会组织; not null
   * @param organisations the organisations, iterated once when the workbook is written; not null
   * @return the workbook with the sheet, not null
   * @throws IllegalArgumentException if the name breaks Excel's rules or is taken
   */
  public XlsxWorkbook withOrganisations(String sheet, Iterable<Organisation> organisations) {
    return with(sheet, Sheets.register(RegisterColumns.organisations(), organisations));
  }

  /**
   * This workbook with a sheet of indicators: values, numerators and denominators, as the class description
   * sets out.
   *
   * @param sheet the sheet's name, such as 指标; not null
   * @param table the table; not null
   * @return the workbook with the sheet, not null
   * @throws IllegalArgumentException if the name breaks Excel's rules or is taken
   */
  public XlsxWorkbook withTable(String sheet, IndicatorTable table) {
    return with(sheet, Sheets.indicators(table));
  }

  /**
   * This workbook with a sheet of counts by row.
   *
   * @param sheet the sheet's name, such as 流量; not null
   * @param table the counts; not null
   * @return the workbook with the sheet, not null
   * @throws IllegalArgumentException if the name breaks Excel's rules or is taken
   */
  public XlsxWorkbook withCounts(String sheet, CountTable table) {
    return with(sheet, Sheets.counts(table));
  }

  /**
   * This workbook with a sheet of reported figures and the intervals they stand for.
   *
   * @param sheet the sheet's name, such as 数据; not null
   * @param figures the figures, such as a dataset's; not null
   * @return the workbook with the sheet, not null
   * @throws IllegalArgumentException if the name breaks Excel's rules or is taken
   */
  public XlsxWorkbook withFigures(String sheet, List<ReportedFigure> figures) {
    return with(sheet, Sheets.figures(List.copyOf(figures)));
  }

  /**
   * This workbook with a sheet of the audit of a dataset's relations ({@link RelationAudit#of}).
   *
   * @param sheet the sheet's name, such as 核验; not null
   * @param audits the audits; not null
   * @return the workbook with the sheet, not null
   * @throws IllegalArgumentException if the name breaks Excel's rules or is taken
   */
  public XlsxWorkbook withAudit(String sheet, List<RelationAudit> audits) {
    return with(sheet, Sheets.audit(List.copyOf(audits)));
  }

  /**
   * The sheets' names, in the order of the tabs.
   *
   * @return the names, not null
   */
  public List<String> sheets() {
    return sheets.stream().map(Sheet::name).toList();
  }

  /**
   * Writes the workbook to a file whole or not at all ({@link AtomicFiles#write}): if anything fails, the
   * file is left as it was.
   *
   * @param target the file, such as {@code report.xlsx}; not null
   * @throws IllegalStateException if the workbook has no sheet
   * @throws IOException if the file cannot be written, naming it; it is then as it was
   */
  public void writeTo(Path target) throws IOException {
    requireSheets();
    AtomicFiles.write(target, this::writeTo);
  }

  /**
   * Writes the workbook to a stream, sheet by sheet.
   *
   * @param out the stream, left open; not null
   * @throws IllegalStateException if the workbook has no sheet
   * @throws IOException if writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    requireSheets();
    Workbook workbook = new Workbook(out, "unionkit", "0.1");
    for (Sheet s : sheets) {
      Worksheet sheet = workbook.newWorksheet(s.name());
      s.content().writeTo(sheet);
    }
    workbook.finish();
  }

  private void requireSheets() {
    if (sheets.isEmpty()) {
      throw new IllegalStateException("a workbook needs at least one sheet: add one with a with... method");
    }
  }

  private XlsxWorkbook with(String name, Sheets.Content content) {
    checkName(name);
    List<Sheet> more = new ArrayList<>(sheets);
    more.add(new Sheet(name, content));
    return new XlsxWorkbook(more);
  }

  private void checkName(String name) {
    String quoted = "sheet name \"" + name + "\"";
    if (name.isEmpty() || name.length() > LONGEST_NAME) {
      throw new IllegalArgumentException(quoted + " must have 1 to " + LONGEST_NAME + " characters, has "
          + name.length());
    }
    for (char c : FORBIDDEN.toCharArray()) {
      if (name.indexOf(c) >= 0) {
        throw new IllegalArgumentException(quoted + " must not hold " + c + " (nor any of " + FORBIDDEN + ")");
      }
    }
    if (name.startsWith("'") || name.endsWith("'")) {
      throw new IllegalArgumentException(quoted + " must not begin or end with an apostrophe");
    }
    String folded = name.toLowerCase(Locale.ROOT);
    if (sheets.stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(folded))) {
      throw new IllegalArgumentException(quoted + " is taken: names must differ in more than case");
    }
  }
}
