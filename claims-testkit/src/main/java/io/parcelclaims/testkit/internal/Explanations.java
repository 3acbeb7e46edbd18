package io.parcelclaims.testkit.internal;

import io.parcelclaims.policy.ExplanationStep;
import io.parcelclaims.policy.Fact;
import io.parcelclaims.message.MessageArg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reading an explanation tree the way a claimant would: only the branches that were chosen. */
public final class Explanations {
  private Explanations() {}

  /**
   * The steps that took part: chosen, under chosen steps only, pre-order.
   *
   * @param root the explanation
   * @return the chosen steps
   */
  public static List<ExplanationStep> chosen(ExplanationStep root) {
    List<ExplanationStep> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  /**
   * Whether a step names a code, as a code argument (alone or in a comma-separated list), in a list
   * of terms, or as a fact's value.
   *
   * @param step the step
   * @param code the code, such as a denial reason's
   * @return true if the step names it
   */
  public static boolean names(ExplanationStep step, String code) {
    for (MessageArg arg : step.arguments()) {
      if (arg instanceof MessageArg.CodeArg c && Arrays.asList(c.value().split(",\\s*")).contains(code)) {
        return true;
      }
      if (arg instanceof MessageArg.TermsArg t && t.codes().contains(code)) {
        return true;
      }
    }
    for (Fact fact : step.facts()) {
      if (fact.value().text().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The chosen steps as an indented outline, for failure messages.
   *
   * @param root the explanation
   * @return one line per step
   */
  public static String outline(ExplanationStep root) {
    List<String> lines = new ArrayList<>();
    outline(root, 0, lines);
    return String.join("\n", lines);
  }

  private static void outline(ExplanationStep step, int depth, List<String> lines) {
    String args = step.arguments().stream().map(MessageArg::text).collect(Collectors.joining(", "));
    String amounts =
        (step.before().map(b -> " before " + b).orElse("") + step.after().map(a -> " after " + a).orElse(""));
    lines.add("    " + "  ".repeat(depth) + (step.chosen() ? "" : "(not chosen) ") + step.rule() + " " + step.messageKey() + (args.isEmpty() ? "" : " [" + args + "]") + amounts);
    step.children().forEach(c -> outline(c, depth + 1, lines));
  }

  private static void collect(ExplanationStep step, List<ExplanationStep> into) {
    if (!step.chosen()) {
      return;
    }
    into.add(step);
    step.children().forEach(c -> collect(c, into));
  }
}
