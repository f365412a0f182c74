/**
 * JSON, NDJSON and CSV interchange for the unionkit model and indicators: a Jackson module, one
 * configured mapper, a versioned dataset document with JSON Schemas, and streaming member files.
 */
@org.jspecify.annotations.NullMarked
module org.unionkit.io {
  requires transitive org.unionkit.model;
  requires transitive org.unionkit.stats;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.io;

  provides com.fasterxml.jackson.databind.Module with org.unionkit.io.UnionJsonModule;
}
