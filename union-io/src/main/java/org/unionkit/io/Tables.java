package org.unionkit.io;

import java.io.IOException;
import org.unionkit.model.CollectiveContract;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationTree;
import org.unionkit.stats.RollUp;

/**
 * Members and organisations read from a table of typed cells, such as a workbook's sheet
 * ({@code org.unionkit.xlsx.Xlsx} reads workbooks through this class): the columns, aliases, dropped
 * personal columns and code spellings of {@link Csv}, with what a sheet adds.
 *
 * <h2>The header</h2>
 *
 * <p>The header is the row, among the first 20 that hold a value,
 * that names most of the record's columns; rows above it (a title, group headings merged across columns)
 * are passed over. A column's name is the lowest text at or above the header row that names a field, so a
 * name written in a cell merged down over two header rows is found; otherwise the header row's own text. A
 * column with no text in the header is unnamed: a value in it fails its row, as does a value past the
 * header's last column. The rest is as {@link Csv} has it: unknown columns fail unless the options skip
 * them, personal columns are dropped and listed by {@link RecordReader#droppedColumns()}.
 *
 * <h2>Rows and cells</h2>
 *
 * <p>Each later row that holds a value is one record; an empty row between two such rows is a bad row
 * ("empty row inside the data"), empty rows after the last are not rows. So {@code accepted() + rejected()
 * == rowsRead()}, rows read being every row from the header's next to the last that holds a value. Each
 * cell is read by the kind of value a person typed ({@link TableCell.Kind}) and the field its column holds:
 * <ul>
 *   <li>a date where a day belongs ({@code joined}, {@code left}, {@code founded}, {@code dissolved}) is
 *       that day; a text there is read as in CSV ({@code 2020-05-01}, {@code 2020/5/1},
 *       {@code 2020年5月1日}); a number there fails (it is a serial the cell was not formatted to show as a
 *       date, or digits such as {@code 20200501});</li>
 *   <li>in {@code birthYear}, a number is the year and a date gives its year (the model keeps the year
 *       only);</li>
 *   <li>elsewhere a number is its plain digits ({@code 1984}, {@code 120}, {@code 12.5}, which a count then
 *       refuses), unless it has more than 15 significant digits: a spreadsheet keeps 15, so an 18-digit ID
 *       number stored as a number has lost its last digits, and the cell fails saying so (without the
 *       value);</li>
 *   <li>a date where no day belongs fails; TRUE/FALSE is read as that text;</li>
 *   <li>a cell below the first row of cells merged down ({@link TableCell.Kind#MERGED}) fails: the merge shows
 *       the first row's value in it, but the sheet holds the value in the first row only;</li>
 *   <li>a formula is read by the value it last computed, of whatever kind; one whose value was never computed
 *       (a workbook written by a program, never opened) fails, and so does a formula's error
 *       ({@code #N/A}).</li>
 * </ul>
 * Every bad cell is a {@link Reject} at the sheet, row, column and field, such as
 * {@code 会员.xlsx: 会员!C5: joined: is a number, not a day: ...}; messages about members never show a value.
 */
public final class Tables {
  private Tables() {}

  /**
   * Reads members from a table, such as {@code Tables.members(source, "会员.xlsx", "会员", ReadOptions.defaults()
   * .withRejects(rejects::add))}; a member whose id an earlier row held is a bad row ({@code duplicate-id}).
   *
   * @param source the rows; closed by {@link RecordReader#close()}, or by this method when it throws; not null
   * @param file the file's name for messages; not null
   * @param sheet the sheet's name for messages; not null
   * @param options unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException if no header is found or it names a column twice, lacks a required column
   *     or (unless skipped) has an unknown one
   * @throws IOException if the source cannot be read
   */
  public static RecordReader<Member> members(TableSource source, String file, String sheet, ReadOptions options)
      throws IOException {
    return TableRecordReader.open(source, file, sheet, options, Csv.MEMBERS, RowCheck.newIds(file, "row"));
  }

  /**
   * Reads organisations from a table, such as {@code Tables.organisations(source, "基层工会.xlsx", "名册",
   * ReadOptions.defaults())}.
   *
   * @param source the rows; closed by {@link RecordReader#close()}, or by this method when it throws; not null
   * @param file the file's name for messages; not null
   * @param sheet the sheet's name for messages; not null
   * @param options unknown columns, rejects and limits; not null
   * @return the reader, positioned after the header; not null
   * @throws UnionFormatException as {@link #members} does
   * @throws IOException if the source cannot be read
   */
  public static RecordReader<Organisation> organisations(TableSource source, String file, String sheet,
      ReadOptions options) throws IOException {
    return TableRecordReader.open(source, file, sheet, options, Csv.ORGANISATIONS, RowCheck.none());
  }

  /**
   * Rolls up the members of a table over a tree, row by row, as {@link Csv#rollUp} does a CSV file's: the
   * same roll-up and counts as for the same members written as NDJSON lines.
   *
   * @param source the rows, read to the end and closed; not null
   * @param file the file's name for messages; not null
   * @param sheet the sheet's name for messages; not null
   * @param tree the organisations; not null
   * @param contracts the contracts, counted once the members are done; not null
   * @param options unknown columns, counting (all recorded time unless given), rejects and limits; not null
   * @return the roll-up and the row counts, not null
   * @throws UnionFormatException at a bad header, at the first bad row with {@link Rejects#FAIL}, or past a
   *     limit
   * @throws IOException if the source cannot be read
   */
  public static Collected<RollUp> rollUp(TableSource source, String file, String sheet, OrganisationTree tree,
      Iterable<CollectiveContract> contracts, ReadOptions options) throws IOException {
    return SequentialRollUp.of(check -> TableRecordReader.open(source, file, sheet, options, Csv.MEMBERS, check),
        file, "row", tree, contracts, options);
  }
}
