/**
 * The unionkit command line: {@code unionkit report FILE [--members MEMBERS.ndjson] [--json]} and
 * {@code unionkit generate --members N}, parsed by picocli.
 */
@org.jspecify.annotations.NullMarked
module org.unionkit.cli {
  requires org.unionkit.io;
  requires org.unionkit.xlsx;
  requires org.unionkit.testkit;
  requires info.picocli;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.cli;
  // picocli sets the commands' option fields by reflection.
  opens org.unionkit.cli to info.picocli;
}
