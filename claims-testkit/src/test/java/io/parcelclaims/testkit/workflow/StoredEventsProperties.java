package io.parcelclaims.testkit.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.parcelclaims.claim.Party;
import io.parcelclaims.stored.EventCodec;
import io.parcelclaims.stored.StoredEvent;
import io.parcelclaims.stored.StoredText;
import io.parcelclaims.workflow.command.ReportClaim;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 8's properties over the events the stateful tester produces: every event reads back equal
 * from its stored form's canonical text, and no stored form holds the name, phone number, address
 * or account number of the generated claimants (the intake commands carry them; events must not).
 */
class StoredEventsProperties {
  private static final EventCodec CODEC = EventCodec.standard();

  @Provide
  ActionChainArbitrary<WorkflowRun> chains() {
    return WorkflowTester.of(WorkflowWiring.of(TestWirings.defaultWorkflow())).chains();
  }

  @Property(tries = 300)
  void every_event_reads_back_equal_and_no_stored_form_holds_personal_data(
      @ForAll("chains") ActionChain<WorkflowRun> chain) {
    WorkflowRun run = chain.run();
    List<String> personal =
        run.appliedCommands().stream()
            .filter(ReportClaim.class::isInstance)
            .map(c -> ((ReportClaim) c).claimant())
            .flatMap(StoredEventsProperties::personalData)
            .toList();

    List<StoredEvent> stored = new ArrayList<>();
    for (ClaimEvent event : run.events()) {
      StoredEvent form = CODEC.encode(event);
      String text = StoredText.render(form);
      assertEquals(event, CODEC.decode(StoredText.parse(text)), event.type());
      for (String data : personal) {
        assertFalse(text.contains(data), () -> "personal data \"" + data + "\" in " + text);
      }
      stored.add(form);
    }
    assertEquals(run.events(), CODEC.decodeAll(stored));
    Statistics.label("claimants scanned").collect(!personal.isEmpty());
    Statistics.label("claimants scanned").coverage(c -> c.check(true).percentage(p -> p >= 50.0));
  }

  private static Stream<String> personalData(Party party) {
    List<String> data = new ArrayList<>(List.of(party.name(), party.phone(), digits(party.phone())));
    party.address().ifPresent(data::add);
    party.accountNumber().ifPresent(data::add);
    return data.stream();
  }

  private static String digits(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }
}
