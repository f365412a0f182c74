/**
 * Exact, mergeable indicators over the unionkit model: ratios that keep their counts, a catalogue of
 * union indicators, tallies that merge, roll-ups over the organisation tree, groupings and tables.
 */
@org.jspecify.annotations.NullMarked
module org.unionkit.stats {
  requires transitive org.unionkit.model;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.stats;
  exports org.unionkit.stats.internal to org.unionkit.io;
}
