package org.unionkit.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unionkit.io.TableCell;
import org.unionkit.io.UnionFormatException;

class MergedCellsTest {
  private static MergedCells scan(String xml) throws IOException {
    return MergedCells.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "m.xlsx", Long.MAX_VALUE,
        most -> { throw new AssertionError("no limit"); });
  }

  @Test
  void aCellMergedDownIsAMergedCellInEachLowerRowAtItsFirstColumn() throws IOException {
    MergedCells merged = scan("<worksheet><sheetData/><mergeCells count=\"3\"><mergeCell ref=\"A1:H1\"/>"
        + "<x:mergeCell  ref='B3:C5' /><mergeCell ref=\"$E$4:$E$5\"/></mergeCells></worksheet>");
    assertThat(merged.below(1)).describedAs("a title merged across one row leaves no row without its value").isEmpty();
    assertThat(merged.below(3)).describedAs("the first row holds the value").isEmpty();
    assertThat(merged.below(4)).describedAs("row 4, below B3 (a prefixed element) and not yet E4's lower row")
        .containsExactly(new TableCell(2, TableCell.Kind.MERGED, "B3"));
    assertThat(merged.below(5)).describedAs("row 5, below both")
        .containsExactly(new TableCell(2, TableCell.Kind.MERGED, "B3"), new TableCell(5, TableCell.Kind.MERGED, "E4"));
    assertThat(merged.below(6)).describedAs("past the merges").isEmpty();
  }

  @Test
  void namesThatOnlyLookLikeAMergeAreNotMerges() throws IOException {
    MergedCells merged = scan("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>mergeCell ref=\"A1:A3\"</t>"
        + "</is></c></row></sheetData><mergeCells count=\"0\"/><mymergeCell ref=\"A1:A3\"/></worksheet>");
    assertThat(merged.below(2)).describedAs("text and another element's name").isEmpty();
  }

  @Test
  void refusesASheetOfMoreMergesThanAnyRegisterHas() {
    String many = "<mergeCell ref=\"A1:A2\"/>".repeat(MergedCells.MAX_RANGES + 1);
    assertThatThrownBy(() -> scan("<worksheet><mergeCells>" + many + "</mergeCells></worksheet>"))
        .isInstanceOf(UnionFormatException.class).hasMessage("m.xlsx: its sheet merges more than 100,000 ranges of cells");
  }
}
