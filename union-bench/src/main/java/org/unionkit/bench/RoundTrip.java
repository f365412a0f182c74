package org.unionkit.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.unionkit.io.DatasetDocument;
import org.unionkit.io.UnionJson;

/**
 * Workload W3, round trip: write a whole dataset document (organisations, members, contracts, programmes)
 * to bytes and read it back. unionkit writes and reads it strictly, validating every record and every
 * reference; the peer is Jackson databind of {@link Plain} records holding the same values, which writes
 * the very same bytes (checked when the workload is made) and reads them back without any checks. Each
 * returns the number of bytes written and members read.
 */
final class RoundTrip {
  private final DatasetDocument document;
  private final Plain.Document plain;
  private final int size;

  RoundTrip(DatasetDocument document) throws IOException {
    this.document = document;
    byte[] ours = write(document);
    this.plain = Plain.MAPPER.readValue(ours, Plain.Document.class);
    byte[] theirs = Plain.MAPPER.writeValueAsBytes(plain);
    if (!Arrays.equals(ours, theirs)) {
      throw new IllegalStateException("the plain records do not write the document unionkit writes");
    }
    this.size = ours.length;
  }

  /** The document's size in bytes. */
  int size() {
    return size;
  }

  private static byte[] write(DatasetDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnionJson.writeDataset(document, out, null);
    return out.toByteArray();
  }

  long[] unionkit() throws IOException {
    byte[] bytes = write(document);
    DatasetDocument back = UnionJson.readDataset(new ByteArrayInputStream(bytes), "w3.json", null);
    return new long[] {bytes.length, back.dataset().members().size()};
  }

  long[] databind() throws IOException {
    byte[] bytes = Plain.MAPPER.writeValueAsBytes(plain);
    Plain.Document back = Plain.MAPPER.readValue(bytes, Plain.Document.class);
    return new long[] {bytes.length, back.members().size()};
  }
}
