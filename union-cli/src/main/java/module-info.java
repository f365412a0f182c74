/** The unionkit command line: {@code unionkit report FILE [--json]}. */
@org.jspecify.annotations.NullMarked
module org.unionkit.cli {
  requires org.unionkit.io;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.cli;
}
