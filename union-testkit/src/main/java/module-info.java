/**
 * Seedable generators of valid unionkit model values, for property tests in any engine and for
 * synthetic datasets.
 */
@org.jspecify.annotations.NullMarked
module org.unionkit.testkit {
  requires transitive org.unionkit.model;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.testkit;
}
