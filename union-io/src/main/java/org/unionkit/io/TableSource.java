package org.unionkit.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows of cells read in order, such as a spreadsheet's sheet ({@code org.unionkit.xlsx.Xlsx} gives one
 * from a workbook): what {@link Tables} reads members and organisations from, under the columns of
 * {@link Csv}. Not thread-safe.
 */
public interface TableSource extends Closeable {

  /**
   * One row: its number and the cells in it that hold a value, in column order.
   *
   * @param number the row's number, from 1, as the sheet shows it
   * @param cells the cells with a value, each column at most once, in increasing order; not null
   */
  record Row(long number, List<TableCell> cells) {
    /**
     * Checks the row.
     *
     * @throws IllegalArgumentException if the number is below 1 or the columns do not increase
     */
    public Row {
      if (number < 1) {
        throw new IllegalArgumentException("row number (" + number + ") must be 1 or more");
      }
      cells = List.copyOf(cells);
      for (int i = 1; i < cells.size(); i++) {
        if (cells.get(i).column() <= cells.get(i - 1).column()) {
          throw new IllegalArgumentException("row " + number + ": columns must increase, found " + cells.get(i - 1)
              .column() + " then " + cells.get(i).column());
        }
      }
    }
  }

  /**
   * The next row that holds a value, its number above the last one's; rows between them are empty.
   *
   * @return the row, or null at the end
   * @throws IOException if the source cannot be read; a {@link UnionFormatException} for input that is
   *     not a table at all
   */
  @Nullable Row next() throws IOException;
}
