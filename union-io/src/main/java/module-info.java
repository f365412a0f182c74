/** JSON, NDJSON and CSV interchange for the unionkit model and indicators (its API arrives with the interchange issue). */
module org.unionkit.io {
  requires transitive org.unionkit.model;
  requires transitive org.unionkit.stats;
}
