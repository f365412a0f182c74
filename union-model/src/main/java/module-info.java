/**
 * The unionkit domain model: immutable, validated values for union organisations and their hierarchy,
 * members, skill levels, programmes, collective contracts, money and published figures.
 */
@org.jspecify.annotations.NullMarked
module org.unionkit.model {
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.unionkit.model;
  exports org.unionkit.model.internal to org.unionkit.stats, org.unionkit.io;
}
