package io.parcelclaims.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcelclaims.claim.ActorRole;
import io.parcelclaims.stored.EventCodec;
import io.parcelclaims.workflow.TransitionTable;
import io.parcelclaims.workflow.command.ClaimCommand;
import io.parcelclaims.workflow.command.CommandKind;
import io.parcelclaims.workflow.event.DeadlineStarted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The README's "seven steps as commands" table agrees with the code: every command kind has one
 * row naming its class, the roles are the transition table's, and every event type but the
 * deadline's is recorded by exactly one row.
 */
class WorkflowStepsTableTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Set<String> STEPS = Set.of("1", "2", "3", "4", "5", "6", "7", "any", "after");

  private record Row(String step, String command, CommandKind kind, List<ActorRole> roles, String event) {}

  private static List<Row> rows() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int start = lines.indexOf("### The seven steps as commands");
    assertTrue(start >= 0, "the README has the section");
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| ") || line.startsWith("| step") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).filter(c -> !c.isEmpty())
          .map(c -> c.replace("`", "")).toArray(String[]::new);
      assertEquals(5, cells.length, line);
      List<ActorRole> roles = Arrays.stream(cells[3].split(",")).map(String::strip).map(ActorRole::valueOf).toList();
      rows.add(new Row(cells[0], cells[1], CommandKind.valueOf(cells[2]), roles, cells[4]));
    }
    return rows;
  }

  @Test
  void every_command_kind_has_one_row_with_its_class_and_the_tables_roles() throws Exception {
    List<Row> rows = rows();
    assertEquals(List.of(CommandKind.values()).size(), rows.size(), "one row a command kind");
    assertEquals(Set.of(CommandKind.values()), Set.copyOf(rows.stream().map(Row::kind).toList()));
    TransitionTable table = TransitionTable.defaults();
    for (Row row : rows) {
      assertTrue(STEPS.contains(row.step()), row::toString);
      Class<?> type = Class.forName("io.parcelclaims.workflow.command." + row.command());
      assertTrue(ClaimCommand.class.isAssignableFrom(type), row::toString);
      List<ActorRole> allowed = Arrays.stream(ActorRole.values()).filter(r -> table.allowsRole(row.kind(), r)).toList();
      assertEquals(allowed, row.roles(), row.command() + "'s roles");
    }
  }

  @Test
  void every_event_type_but_the_deadlines_is_recorded_by_exactly_one_row() throws IOException {
    List<String> events = rows().stream().map(Row::event).toList();
    List<String> types = new ArrayList<>(EventCodec.standard().types());
    assertTrue(types.remove(DeadlineStarted.TYPE));
    assertEquals(new TreeSet<>(types), new TreeSet<>(events));
    assertEquals(events.size(), Set.copyOf(events).size(), "no event twice");
    assertFalse(events.contains(DeadlineStarted.TYPE));
  }
}
