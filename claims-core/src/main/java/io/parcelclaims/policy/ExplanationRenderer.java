package io.parcelclaims.policy;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * Renders explanations as indented lines of text in a given locale, from the message sources of the
 * modules that own the keys. The locale is always explicit; the machine's default is never used.
 * Arguments are inserted as locale-neutral text ({@code CNY 126.00}, {@code 2025-03-10}).
 *
 * @since 0.1.0
 */
public final class ExplanationRenderer {
  /** The core module's own explanation messages. */
  public static final MessageSource CORE = MessageSource.bundled(ExplanationRenderer.class, "explain");

  private final List<MessageSource> sources;

  private ExplanationRenderer(List<MessageSource> sources) {
    this.sources = List.copyOf(sources);
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
    for (MessageSource s : sources) {
      var pattern = s.pattern(key, locale);
      if (pattern.isPresent()) {
        MessageFormat f = new MessageFormat(pattern.get(), Locale.ROOT);
        return f.format(arguments.stream().map(MessageArg::text).toArray());
      }
    }
    throw new MissingResourceException("no message for " + key + " in " + locale, "explain", key);
  }

  private void render(ExplanationStep step, Locale locale, int depth, List<String> out) {
    String mark = step.chosen() ? "" : "(—) ";
    out.add("  ".repeat(depth) + mark + "[" + step.rule() + "] " + message(step.messageKey(), locale, step.arguments()));
    step.children().forEach(c -> render(c, locale, depth + 1, out));
  }
}
