/**
 * Workbooks in and out: {@link org.unionkit.xlsx.Xlsx} reads members and organisations from a sheet
 * ({@link org.unionkit.xlsx.SheetChoice}), each cell as the person typing it meant it, every bad cell a
 * located reject naming the sheet, row, column letter and field; {@link org.unionkit.xlsx.XlsxWorkbook}
 * writes registers, indicator tables and a report's tables to a workbook, values typed and exact.
 */
@CheckReturnValue
package org.unionkit.xlsx;

import com.google.errorprone.annotations.CheckReturnValue;
