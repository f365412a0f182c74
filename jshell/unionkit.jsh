// unionkit's JShell startup: the API in scope, and a few shortcuts for analysts.
// ./unionkit jshell and ./unionkit example load it after JShell's default startup.
import java.nio.file.*;
import java.util.*;
import org.unionkit.model.*;
import org.unionkit.stats.*;
import org.unionkit.io.*;
import org.unionkit.xlsx.*;
import org.unionkit.testkit.UnionGenerators;

/** Reads a dataset document, such as load("seeds/hebei-2020.json"). */
DatasetDocument load(String file) throws java.io.IOException { return UnionJson.readDataset(Path.of(file)); }

/**
 * Rolls up a dataset document and its NDJSON member file, as unionkit generate writes them, such as
 * rollUp("generated/dataset.json", "generated/members.ndjson"): the document's period, every core.
 */
Collected<RollUp> rollUp(String dataset, String members) throws java.io.IOException {
  return Ndjson.rollUp(load(dataset), Path.of(members), ReadOptions.defaults());
}

/** The figures of a document, one per line: section, figure as written, interval, measure. */
void figures(DatasetDocument doc) {
  var table = TextTable.withLeftColumns(4);
  for (ReportedFigure f : doc.dataset().figures()) {
    table.add(List.of(f.source().section().orElse("-"), f.quantity().toString(), f.quantity().interval().toString(), f.measure()));
  }
  System.out.print(table);
}

/** The audit of every relation of a document. */
void audit(DatasetDocument doc) { RelationAudit.of(doc.dataset()).forEach(System.out::println); }
