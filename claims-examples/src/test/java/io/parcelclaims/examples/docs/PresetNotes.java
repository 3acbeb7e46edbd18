package io.parcelclaims.examples.docs;

import io.parcelclaims.policy.CompensationPolicy;
import io.parcelclaims.rules.carrier.Carriers;
import io.parcelclaims.rules.cn.CompleteDelay;
import io.parcelclaims.rules.intl.Conventions;
import io.parcelclaims.rules.intl.SdrLimitRevision;
import java.util.Map;
import java.util.function.Function;

/**
 * The source and numbers of each ready preset, by policy id, for the catalogue page. Where a
 * preset exposes a number as a constant, the note reads the constant, so the page follows the code;
 * the rest repeat the preset's javadoc and its rule-set page.
 */
final class PresetNotes {
  private PresetNotes() {}

  /** A preset's rule-set page, its source and the numbers it uses, each with its tag. */
  record Note(String page, String source, Function<CompensationPolicy, String> numbers) {
    Note(String page, String source, String numbers) {
      this(page, source, p -> numbers);
    }
  }

  private static String montrealLimit(CompensationPolicy p) {
    SdrLimitRevision r = Conventions.MONTREAL_CARGO_LIMITS.stream()
        .filter(l -> l.inForceFrom().equals(p.period().from()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Montreal limit from " + p.period().from()));
    String tag = r.perKg().units().intValue() == 17 ? "[V]" : "[S]";
    return r.perKg().units().toPlainString() + " SDR per kg of the packages concerned (Art. 22(3), by date of"
        + " carriage) " + tag + "; a special declaration raises the limit to the declared sum, never lowers it"
        + " (Art. 22(3), 26) [V]; the cargo limit stands whatever the fault (Art. 22(5)) [S]; postal items excluded"
        + " (Art. 2) [S]";
  }

  static final Map<String, Note> ALL = Map.ofEntries(
      Map.entry("cn.postal-law.art47", new Note("postal-law.md",
          "邮政法 Art. 45–48 (2015 text) [V] [3]",
          "uninsured receipted item: actual loss, at most 3× postage; registered letter lost or damaged: exactly"
              + " 3× postage; insured, lost: the insured amount, no proof of value; insured, partial or short:"
              + " L × I / V; Art. 47 ¶3 lifts every limit (intent, gross negligence, notice not proven); delay and"
              + " express items: not this regime [V]")),
      Map.entry("cn.insured-proportional", new Note("postal-law.md",
          "邮政法 Art. 47(1) formula [V] [3]; SF wording [S] [21-C]",
          "partial damage or short contents, insured: L × I / V, never above L [V]")),
      Map.entry("cn.gbt-27917.3", new Note("gbt-27917.md",
          "GB/T 27917.3-2011 [S] [14]",
          "loss: waive this shipment's service fee (not the 保价 fee); insured: the insured amount; uninsured: by"
              + " law; total damage as loss; partial damage: lost share × the loss compensation [S]")),
      Map.entry("cn.gbt-27917.3.delay", new Note("gbt-27917.md",
          "GB/T 27917.3-2011 [S] [14]",
          "delay: waive the service fee, excluding 保价 and other add-on fees [S]")),
      Map.entry("cn.gbt-27917.complete-delay", new Note("gbt-27917.md",
          "GB/T 27917 (2011) [S] [13]",
          p -> "treated as lost " + CompleteDelay.SAME_CITY_DAYS + " calendar days (same city) or "
              + CompleteDelay.DOMESTIC_INTER_CITY_DAYS + " calendar days (domestic inter-city) after the promised"
              + " time, reaching the limit counts [S]; Hong Kong, Macao, Taiwan and international: no limit found"
              + " [U]; as bundled: SF copy B for the loss, GB/T delay before the limit")),
      Map.entry("cn.civil-code.express", new Note("express-civil-code.md",
          "民法典 Art. 496–498, 506, 584, 590, 832–833 [V] [10]; 快递暂行条例 Art. 28 (2025) [V] [42]",
          "uninsured express item: the actual loss at the destination's market price (Art. 833); no fixed"
              + " amount [V]")),
      Map.entry(Carriers.SF_DOMESTIC_CURRENT, new Note("carriers.md",
          "SF's own pages, read 2026-12 [V]",
          "uninsured: at most 7× freight (contested cap); freight waived on loss, damage, short contents;"
              + " declared value at most 20,000 CNY and never above the actual value; insured: I / V × L [V]")),
      Map.entry(Carriers.SF_DOMESTIC_COPY_A, new Note("carriers.md",
          "SF waybill terms, copy A [S] [21-A]",
          "uninsured: 9× freight (monthly-account customers), 7× freight (others); insured: I × loss ratio, at most"
              + " the actual loss; freight waived on loss, damage, short contents and delay [S]")),
      Map.entry(Carriers.SF_DOMESTIC_COPY_B, new Note("carriers.md",
          "SF waybill terms, copy B [S] [21-B]",
          "uninsured: 7× freight; undeclared value above 1,000 CNY deemed 1,000 CNY; over-insured part not paid;"
              + " freight waived on loss, damage, short contents [S]")),
      Map.entry(Carriers.SF_DOMESTIC_COPY_C, new Note("carriers.md",
          "SF waybill terms, copy C [S] [21-C]",
          "uninsured: 7× freight; deemed 1,000 CNY as copy B; proof of value: invoice for 1,000–5,000 CNY,"
              + " certificates above 5,000 CNY; delay: waive the service fee (not 保价) [S]")),
      Map.entry(Carriers.SF_INTERNATIONAL, new Note("carriers.md",
          "SF international terms [S] [21-C][21-E]",
          "uninsured, air: lowest of USD 100, USD 20/kg, USD 9.07/lb; road: lowest of USD 100, USD 10/kg,"
              + " USD 4.54/lb; insured: min(I, actual cash value) × damage ratio; claims within 30 days of"
              + " acceptance [S]")),
      Map.entry(Carriers.EMS_DOMESTIC, new Note("carriers.md",
          "EMS service guide copies [S] [22] (copies disagree)",
          p -> "uninsured: actual loss, at most " + Carriers.EMS_DOMESTIC_POSTAGE_MULTIPLE + "× postage (an older"
              + " copy: 2×; a parameter) [S]; insured: actual loss, at most the insured amount; delay: postage"
              + " refunded [S]")),
      Map.entry(Carriers.EMS_INTERNATIONAL, new Note("carriers.md",
          "EMS international copies [S] [22]; labelled unverified",
          "documents or undeclared goods: 400 CNY per item; declared goods: declared value, at most 500 + 60 × w"
              + " CNY (w in kg rounded up); loss or damage: postage refunded; delay: 50% of postage [S]")),
      Map.entry(Carriers.YTO, new Note("carriers.md",
          "one weak secondary copy [S] [24]",
          "uninsured: at most 300 CNY per waybill; insured: the insured amount; premium 1‰ up to 5,000 CNY, 5‰"
              + " above [S]")),
      Map.entry(Conventions.MONTREAL_CARGO, new Note("conventions.md",
          "Montreal Convention 1999 [V] [41]; limit revisions [S] [33]",
          PresetNotes::montrealLimit)),
      Map.entry(Conventions.CMR, new Note("conventions.md",
          "CMR 1956 Art. 23–29 [V] [35]",
          p -> Conventions.CMR_SDR_PER_KG.units().toPlainString() + " SDR per kg of gross weight short"
              + " (Art. 23(3)) [V]; charges refunded in full on total loss, pro rata otherwise (Art. 23(4)) [V];"
              + " delay at most the carriage charges (Art. 23(5)) [V]; damage: the loss of value (Art. 25) [S];"
              + " no limit on wilful misconduct (Art. 29) [S]; postal items excluded (Art. 1(4)) [S]")),
      Map.entry(Conventions.WARSAW_CARGO, new Note("conventions.md",
          "Warsaw 1929 / Hague 1955 [V] [43][44]; conversions [S] [34]",
          p -> Conventions.WARSAW_FRANCS_PER_KG + " gold francs per kg (Art. 22(2)) [V], applied by default as "
              + Conventions.WARSAW_MAP4_SDR_17.sdrPerKg().map(s -> s.units().toPlainString() + " SDR")
                  .orElse("?")
              + " per kg (Additional Protocol No. 4) [S]; the other conversion offered: USD 20/kg [S]; postal"
              + " items excluded (Art. 2(2)) [S]")));
}
