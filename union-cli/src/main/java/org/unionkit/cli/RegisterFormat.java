package org.unionkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unionkit.xlsx.Xlsx;

/**
 * The format of a member register given to {@code --members}: by the file's extension, else by its first
 * bytes (a workbook's ZIP or OLE2 signature; {@code {} first, after white space and a byte order mark, for
 * NDJSON; anything else is CSV).
 */
enum RegisterFormat {
  NDJSON(List.of("ndjson", "jsonl", "json")),
  CSV(List.of("csv", "tsv", "txt")),
  XLSX(List.of("xlsx", "xlsm"));

  /** How many first bytes are looked at for a line's first character. */
  private static final int PEEK = 4096;

  private final List<String> extensions;

  RegisterFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  static RegisterFormat of(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    for (RegisterFormat format : values()) {
      if (dot >= 0 && format.extensions.contains(name.substring(dot + 1))) {
        return format;
      }
    }
    if (Xlsx.isWorkbook(file)) {
      return XLSX;
    }
    try (InputStream in = Files.newInputStream(file)) {
      for (byte b : in.readNBytes(PEEK)) {
        int c = b & 0xFF;
        // White space and the UTF-8 byte order mark's bytes come before a line's first character.
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
          return c == '{' ? NDJSON : CSV;
        }
      }
    }
    return CSV;
  }

  /** Why {@code --sheet} or {@code --charset} does not fit this format, empty when they do. */
  Optional<String> misplaced(boolean sheet, boolean charset) {
    if (sheet && this != XLSX) {
      return Optional.of("--sheet names a workbook's sheet, but this register is " + name());
    }
    if (charset && this != CSV) {
      return Optional.of("--charset names a CSV file's encoding, but this register is " + name()
          + (this == NDJSON ? ", which is UTF-8" : ""));
    }
    return Optional.empty();
  }
}
