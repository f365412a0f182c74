/**
 * Workbooks in and out: {@code Xlsx} reads members and organisations from a sheet;
 * {@link org.unionkit.xlsx.XlsxWorkbook} writes registers, indicator tables and a report's tables to a workbook. Dates, numbers and text are read
 * as the person typing them meant them; every bad cell is a located reject naming the sheet, row, column
 * letter and field.
 */
@CheckReturnValue
package org.unionkit.xlsx;

import com.google.errorprone.annotations.CheckReturnValue;
