package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** A sheet's last row is Excel's. */
class GridTest {

  @Test
  void aRowPastTheSheetsLastFailsNamingTheSheet() {
    Workbook workbook = new Workbook(new ByteArrayOutputStream(), "unionkit", "0.1");
    Grid grid = new Grid(workbook.newWorksheet("会员"), 0, 1);
    grid.text(Worksheet.MAX_ROWS - 1, 0, "the last row");
    assertThatThrownBy(() -> grid.text(Worksheet.MAX_ROWS, 0, "one more"))
        .as("row 1,048,577").isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sheet 会员 is full: a sheet holds 1048576 rows, header rows included");
  }
}
