package io.parcelclaims.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical text of stored events: one line per field, two spaces of indent per level, every
 * value tagged with its kind. The same events always give the same text, so it serves for golden
 * files, diffs and audits; {@link #parse} reads it back.
 *
 * <pre>
 * event claim.reported v1
 * claimId = text "CLM-1"
 * amountClaimed = record {
 *   amount = decimal 126.00
 *   currency = text "CNY"
 * }
 * evidence = list []
 * </pre>
 *
 * @since 0.1.0
 */
public final class StoredText {
  private static final Pattern HEADER = Pattern.compile("event (\\S+) v([0-9]{1,9})");
  private static final String INDENT = "  ";

  private StoredText() {}

  /**
   * The canonical text of one stored event, ending with a line break.
   *
   * @param event the stored event
   * @return its text
   */
  public static String render(StoredEvent event) {
    StringBuilder out = new StringBuilder();
    out.append("event ").append(event.type()).append(" v").append(event.schemaVersion()).append('\n');
    fields(out, event.fields(), 0);
    return out.toString();
  }

  /**
   * The canonical text of several stored events, separated by empty lines.
   *
   * @param events the stored events, in order
   * @return their text
   */
  public static String renderAll(List<StoredEvent> events) {
    StringBuilder out = new StringBuilder();
    for (StoredEvent event : events) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(render(event));
    }
    return out.toString();
  }

  /**
   * The canonical text of the fields alone, without the event line: the payload column of a table
   * that keeps the type and schema version in columns of their own.
   *
   * @param fields the fields
   * @return their text, one line per field
   */
  public static String renderFields(StoredRecord fields) {
    StringBuilder out = new StringBuilder();
    fields(out, fields, 0);
    return out.toString();
  }

  /**
   * Reads fields written by {@link #renderFields}.
   *
   * @param text the text
   * @return the fields
   * @throws StoredFormException naming the line, if the text is malformed
   */
  public static StoredRecord parseFields(String text) {
    Objects.requireNonNull(text, "text");
    Reader reader = new Reader(text.split("\n", -1));
    StoredRecord fields = reader.fields(null);
    if (reader.skipBlank()) {
      throw reader.error("unexpected text after the fields");
    }
    return fields;
  }

  /**
   * Reads one stored event from its canonical text.
   *
   * @param text the text
   * @return the stored event
   * @throws StoredFormException naming the line, if the text is not one stored event
   */
  public static StoredEvent parse(String text) {
    List<StoredEvent> events = parseAll(text);
    if (events.size() != 1) {
      throw new StoredFormException("expected one event but found " + events.size());
    }
    return events.get(0);
  }

  /**
   * Reads stored events from their canonical text; empty lines between them are skipped.
   *
   * @param text the text
   * @return the stored events, in order
   * @throws StoredFormException naming the line, if the text is malformed
   */
  public static List<StoredEvent> parseAll(String text) {
    Objects.requireNonNull(text, "text");
    return new Reader(text.split("\n", -1)).events();
  }

  private static void fields(StringBuilder out, StoredRecord record, int depth) {
    for (StoredRecord.Field field : record.fields()) {
      out.append(INDENT.repeat(depth)).append(field.name()).append(" = ");
      value(out, field.value(), depth);
    }
  }

  private static void value(StringBuilder out, StoredValue value, int depth) {
    if (value instanceof StoredValue.Text text) {
      out.append("text ");
      quote(out, text.value());
      out.append('\n');
    } else if (value instanceof StoredValue.Decimal decimal) {
      out.append("decimal ").append(decimal.text()).append('\n');
    } else if (value instanceof StoredValue.Date date) {
      out.append("date ").append(date.value()).append('\n');
    } else if (value instanceof StoredValue.Timestamp instant) {
      out.append("instant ").append(instant.value()).append('\n');
    } else if (value instanceof StoredValue.Sequence list) {
      if (list.items().isEmpty()) {
        out.append("list []\n");
        return;
      }
      out.append("list [\n");
      for (StoredValue item : list.items()) {
        out.append(INDENT.repeat(depth + 1));
        value(out, item, depth + 1);
      }
      out.append(INDENT.repeat(depth)).append("]\n");
    } else {
      StoredRecord record = (StoredRecord) value;
      if (record.fields().isEmpty()) {
        out.append("record {}\n");
        return;
      }
      out.append("record {\n");
      fields(out, record, depth + 1);
      out.append(INDENT.repeat(depth)).append("}\n");
    }
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Line-by-line recursive descent over the canonical text. */
  private static final class Reader {
    private final String[] lines;
    private int at;

    Reader(String[] lines) {
      this.lines = lines;
    }

    List<StoredEvent> events() {
      List<StoredEvent> events = new ArrayList<>();
      while (skipBlank()) {
        Matcher header = HEADER.matcher(lines[at]);
        if (!header.matches()) {
          throw error("expected \"event <type> v<version>\"");
        }
        at++;
        String type = header.group(1);
        int version = Integer.parseInt(header.group(2));
        StoredRecord fields = fields(null);
        events.add(new StoredEvent(type, version, fields));
      }
      return events;
    }

    private boolean skipBlank() {
      while (at < lines.length && lines[at].isBlank()) {
        at++;
      }
      return at < lines.length;
    }

    /** Fields until the closing line, or until a blank line or the end at the top level. */
    private StoredRecord fields(String close) {
      StoredRecord.Builder builder = StoredRecord.builder();
      while (true) {
        if (at >= lines.length || lines[at].isBlank()) {
          if (close != null) {
            throw error("missing \"" + close + "\"");
          }
          return builder.build();
        }
        String line = lines[at].strip();
        if (line.equals(close)) {
          at++;
          return builder.build();
        }
        int eq = line.indexOf(" = ");
        if (eq < 0) {
          throw error("expected \"<name> = <kind> <value>\"");
        }
        String name = line.substring(0, eq);
        int lineNumber = at;
        at++;
        try {
          builder.put(name, value(line.substring(eq + 3)));
        } catch (StoredFormException e) {
          if (e.getMessage().startsWith("line ")) {
            throw e;
          }
          throw new StoredFormException("line " + (lineNumber + 1) + ": " + e.getMessage(), e);
        }
      }
    }

    /** A value whose text starts on the line just consumed. */
    private StoredValue value(String text) {
      int space = text.indexOf(' ');
      String kind = space < 0 ? text : text.substring(0, space);
      String rest = space < 0 ? "" : text.substring(space + 1);
      try {
        return switch (kind) {
          case "text" -> new StoredValue.Text(unquote(rest));
          case "decimal" -> new StoredValue.Decimal(rest);
          case "date" -> new StoredValue.Date(LocalDate.parse(rest));
          case "instant" -> new StoredValue.Timestamp(Instant.parse(rest));
          case "list" -> list(rest);
          case "record" -> record(rest);
          default -> throw new StoredFormException("unknown kind \"" + kind + "\"");
        };
      } catch (DateTimeParseException e) {
        throw new StoredFormException("malformed " + kind + " \"" + rest + "\"", e);
      }
    }

    private StoredValue list(String rest) {
      if (rest.equals("[]")) {
        return new StoredValue.Sequence(List.of());
      }
      if (!rest.equals("[")) {
        throw new StoredFormException("expected \"[\" or \"[]\" after list");
      }
      List<StoredValue> items = new ArrayList<>();
      while (true) {
        if (at >= lines.length) {
          throw error("missing \"]\"");
        }
        String line = lines[at].strip();
        if (line.isEmpty()) {
          throw error("missing \"]\"");
        }
        at++;
        if (line.equals("]")) {
          return new StoredValue.Sequence(items);
        }
        items.add(value(line));
      }
    }

    private StoredRecord record(String rest) {
      if (rest.equals("{}")) {
        return StoredRecord.empty();
      }
      if (!rest.equals("{")) {
        throw new StoredFormException("expected \"{\" or \"{}\" after record");
      }
      return fields("}");
    }

    private static String unquote(String quoted) {
      if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
        throw new StoredFormException("text must be quoted");
      }
      StringBuilder out = new StringBuilder();
      for (int i = 1; i < quoted.length() - 1; i++) {
        char c = quoted.charAt(i);
        if (c == '"') {
          throw new StoredFormException("unescaped quote inside text");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (++i >= quoted.length() - 1) {
          throw new StoredFormException("text ends inside an escape");
        }
        char e = quoted.charAt(i);
        switch (e) {
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (i + 4 >= quoted.length() - 1) {
              throw new StoredFormException("short \\u escape");
            }
            try {
              out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
            } catch (NumberFormatException x) {
              throw new StoredFormException("malformed \\u escape", x);
            }
            i += 4;
          }
          default -> throw new StoredFormException("unknown escape \\" + e);
        }
      }
      return out.toString();
    }

    private StoredFormException error(String problem) {
      return new StoredFormException("line " + (at + 1) + ": " + problem);
    }
  }
}
