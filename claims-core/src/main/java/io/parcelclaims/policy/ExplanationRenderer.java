package io.parcelclaims.policy;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.message.Wording;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * Renders explanations as indented lines of text in a given locale, from the message sources of the
 * modules that own the keys. The locale is always explicit; the machine's default is never used.
 * Arguments read as {@linkplain Wording words} from the same sources: money per locale ({@code CNY
 * 126.00} in English, {@code 126.00 元} in Chinese), condition codes and other codes as their terms
 * ({@code term.condition.insured}: "the shipment has a declared value", "已保价"), a code without a
 * term as itself; dates and numbers as locale-neutral text ({@code 2025-03-10}).
 *
 * @since 0.1.0
 */
public final class ExplanationRenderer {
  /** The core module's own explanation messages. */
  public static final MessageSource CORE =
      MessageSource.bundled("explain", name -> ExplanationRenderer.class.getResourceAsStream(name));

  private final Wording wording;

  private ExplanationRenderer(List<MessageSource> sources) {
    this.wording = Wording.of(sources);
  }

  /**
   * A renderer over the core messages and any others.
   *
   * @param others the sources of other modules, tried after core's, in order
   * @return the renderer
   */
  public static ExplanationRenderer of(MessageSource... others) {
    List<MessageSource> all = new ArrayList<>();
    all.add(CORE);
    all.addAll(List.of(others));
    return new ExplanationRenderer(all);
  }

  /**
   * A renderer that looks in a carrier's sources first, in order, then in core's and the modules'
   * sources; a carrier's bundle need hold only the wording and terms it changes.
   *
   * @param overrides the carrier's sources, tried first
   * @param modules the sources of other modules, tried after core's, in order
   * @return the renderer
   */
  public static ExplanationRenderer withOverrides(List<MessageSource> overrides, MessageSource... modules) {
    List<MessageSource> all = new ArrayList<>(overrides);
    all.add(CORE);
    all.addAll(List.of(modules));
    return new ExplanationRenderer(all);
  }

  /**
   * The words a reader sees for a condition code, such as {@code insured and (type=LOSS or
   * damage=TOTAL)}, from the same sources; a code without a term shows as itself.
   *
   * @param code the condition code
   * @param locale the locale
   * @return the words
   */
  public String condition(String code, Locale locale) {
    return wording.condition(code, locale);
  }

  /**
   * A fact a rule read, in words: the fact's term {@code term.fact.<name>} (or, for a fact named by
   * a condition, the condition's words), then its value in words, joined by the pattern {@code
   * term.fact} ({@code {0}} the name, {@code {1}} the value).
   *
   * @param fact the fact
   * @param locale the locale
   * @return such as {@code shipping fee: CNY 23.00} or {@code 运费：23.00 元}
   */
  public String fact(Fact fact, Locale locale) {
    Objects.requireNonNull(fact, "fact");
    String name = wording.lookup("term.fact." + fact.name(), locale).orElseGet(() -> wording.condition(fact.name(), locale));
    String value = fact.value() instanceof MessageArg.CodeArg c
        ? wording.lookup("term.fact-value." + c.value(), locale).orElse(c.value())
        : wording.words(fact.value(), locale);
    return wording.lookup("term.fact", locale)
        .map(p -> new MessageFormat(p, Locale.ROOT).format(new Object[] {name, value}))
        .orElse(name + ": " + value);
  }

  /**
   * Renders an assessment: its steps, then its alternative if any.
   *
   * @param assessment the assessment
   * @param locale the locale, such as {@code Locale.SIMPLIFIED_CHINESE} or {@code Locale.ENGLISH}
   * @return one line per step, children indented by two spaces
   * @throws MissingResourceException if a key has no pattern in that locale
   */
  public List<String> render(Assessment assessment, Locale locale) {
    List<String> out = new ArrayList<>();
    render(assessment.explanation(), locale, 0, out);
    assessment
        .alternative()
        .ifPresent(
            alt -> {
              out.add(message(alt.reasonKey(), locale, List.of(MessageArg.money(alt.total()))));
              render(alt.explanation(), locale, 1, out);
            });
    return List.copyOf(out);
  }

  /**
   * Renders one step and the steps beneath it.
   *
   * @param step the step
   * @param locale the locale
   * @return one line per step
   */
  public List<String> render(ExplanationStep step, Locale locale) {
    List<String> out = new ArrayList<>();
    render(step, locale, 0, out);
    return List.copyOf(out);
  }

  /**
   * The text of one message.
   *
   * @param key the message key
   * @param locale the locale
   * @param arguments the arguments
   * @return the text
   * @throws MissingResourceException if no source has the key in that locale
   */
  public String message(String key, Locale locale, List<MessageArg> arguments) {
    Objects.requireNonNull(locale, "locale");
    var pattern = wording.lookup(key, locale);
    if (pattern.isPresent()) {
      return wording.format(pattern.get(), arguments, locale);
    }
    throw new MissingResourceException("no message for " + key + " in " + locale, "explain", key);
  }

  private void render(ExplanationStep step, Locale locale, int depth, List<String> out) {
    String mark = step.chosen() ? "" : "(—) ";
    out.add("  ".repeat(depth) + mark + "[" + step.rule() + "] " + message(step.messageKey(), locale, step.arguments()));
    step.children().forEach(c -> render(c, locale, depth + 1, out));
  }
}
