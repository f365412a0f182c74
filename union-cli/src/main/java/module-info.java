/** The unionkit command line: {@code unionkit report FILE [--json]} and {@code unionkit generate --members N}. */
@org.jspecify.annotations.NullMarked
module org.unionkit.cli {
  requires org.unionkit.io;
  requires org.unionkit.testkit;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.cli;
}
