package io.parcelclaims.notice;

import io.parcelclaims.message.MessageArg;
import io.parcelclaims.message.MessageSource;
import io.parcelclaims.message.Wording;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders progress notices in a given locale, from a carrier's own message sources first and then
 * the SDK's bundles ({@code notice_zh_CN}, {@code notice_zh_HK}, {@code notice_en}). The locale is
 * always explicit and must match a bundle exactly: there is no fallback to another language or to
 * the machine's default. Arguments read as {@linkplain Wording words} from the same sources: money
 * per locale ({@code CNY 126.00} in English, {@code 126.00 元} in Chinese), lists of codes
 * ({@link MessageArg.TermsArg}) as terms, a count in a {@code choice} as its number (so that English
 * says "1 document" and "2 documents"); dates as {@code 2025-10-16}.
 *
 * <p>Each code of such a list is shown as its term: the message {@code <prefix>.<code>}, such as
 * {@code term.evidence.E04}, from the same sources in the same order, so a carrier's term wins over
 * the SDK's; a code no source has a term for is shown as itself, so a carrier's own codes still
 * render. The terms are joined with the locale's list separator, the message
 * {@value #LIST_SEPARATOR} ({@code "、"} in Chinese, {@code ", "} in English, and {@code ", "} when
 * no source has one). Terms are plain text, not {@link MessageFormat} patterns.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NoticeRenderer {
  /** Simplified Chinese, for the mainland: {@code zh-CN}. */
  public static final Locale MAINLAND = Locale.SIMPLIFIED_CHINESE;

  /** Traditional Chinese for Hong Kong, Macao and Taiwan service: {@code zh-HK}. */
  public static final Locale HONG_KONG = Locale.forLanguageTag("zh-HK");

  /** English: {@code en}. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** The key of the text that joins a list of terms, such as {@code "、"}. */
  public static final String LIST_SEPARATOR = Wording.LIST_SEPARATOR;

  /** The SDK's own notice bundles, each read once per locale. */
  public static final MessageSource CORE =
      MessageSource.bundled("notice", name -> NoticeRenderer.class.getResourceAsStream(name));

  private final Wording wording;

  private NoticeRenderer(List<MessageSource> sources) {
    this.wording = Wording.of(sources);
  }

  /** {@return the locales the SDK ships bundles for: zh-CN, zh-HK and en} */
  public static List<Locale> bundledLocales() {
    return List.of(MAINLAND, HONG_KONG, ENGLISH);
  }

  /**
   * A renderer that looks in a carrier's sources first, in order, then in the SDK's bundles. A
   * carrier's bundle need hold only the wording it changes.
   *
   * @param overrides the carrier's sources, such as {@code MessageSource.bundled("notice",
   *     name -> MyNotices.class.getResourceAsStream(name))}
   * @return the renderer
   */
  public static NoticeRenderer of(MessageSource... overrides) {
    List<MessageSource> all = new ArrayList<>(List.of(overrides));
    all.add(CORE);
    return new NoticeRenderer(all);
  }

  /**
   * Renders a notice.
   *
   * @param notice the notice
   * @param locale the locale, such as {@link #MAINLAND}
   * @return the text
   * @throws MissingResourceException if no source has the code in that locale
   */
  public String render(ProgressNotice notice, Locale locale) {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(locale, "locale");
    String pattern = lookup(notice.code(), locale).orElseThrow(() -> new MissingResourceException(
        "no notice for " + notice.code() + " in " + locale, "notice", notice.code()));
    return wording.format(pattern, notice.arguments(), locale);
  }

  private Optional<String> lookup(String key, Locale locale) {
    return wording.lookup(key, locale);
  }

  /**
   * Renders the notice of an event.
   *
   * @param event the event
   * @param locale the locale
   * @return the text
   * @throws MissingResourceException if no source has the event's notice in that locale
   */
  public String render(ClaimEvent event, Locale locale) {
    return render(ProgressNotices.of(event), locale);
  }
}
