/** Exact, mergeable indicators over the unionkit model (its API arrives with the indicators issue). */
module org.unionkit.stats {
  requires transitive org.unionkit.model;
}
