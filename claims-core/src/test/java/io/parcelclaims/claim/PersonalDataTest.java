package io.parcelclaims.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Personal data never appears unmasked in toString(). */
class PersonalDataTest {
  private static final String NAME = "Zhang Wei";
  private static final String PHONE = "138 0013 8000";
  private static final String ADDRESS = "88 Nanjing Road";
  private static final String ACCOUNT = "6222020200112233445";

  @Test
  void a_party_masks_name_phone_address_and_account_number() {
    String text = Fixtures.party().build().toString();

    assertFalse(text.contains(NAME), text);
    assertFalse(text.contains(PHONE), text);
    assertFalse(text.contains(ADDRESS), text);
    assertFalse(text.contains(ACCOUNT), text);
    assertTrue(text.contains("name=***"), text);
    assertTrue(text.contains("P-1"), "the party reference is not personal: " + text);
  }

  @Test
  void a_claim_masks_the_claimants_free_text() {
    String text = Fixtures.claim().build().toString();

    assertFalse(text.contains("13800138000"), text);
    assertTrue(text.contains("description=***"), text);
  }

  @Test
  void an_evidence_item_masks_stated_texts() {
    Evidence evidence =
        Fixtures.evidence()
            .addStatedFacts(StatedFact.text("recipient", NAME + ", " + PHONE + ", " + ADDRESS))
            .build();

    String text = evidence.toString();

    assertFalse(text.contains(NAME), text);
    assertFalse(text.contains(PHONE), text);
    assertFalse(text.contains(ADDRESS), text);
    assertTrue(text.contains("CNY 150.00"), "amounts are not personal: " + text);
  }
}
