/**
 * Excel and WPS workbooks (.xlsx) for unionkit: registers read from a sheet under the columns of
 * {@code org.unionkit.io.Csv}, streamed row by row, and indicator tables and reports written as workbooks.
 */
@org.jspecify.annotations.NullMarked
module org.unionkit.xlsx {
  requires transitive org.unionkit.io;
  requires org.dhatim.fastexcel.reader;
  requires org.dhatim.fastexcel;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.xlsx;
}
