package io.parcelclaims.notice;

import io.parcelclaims.policy.MessageArg;
import io.parcelclaims.policy.MessageSource;
import io.parcelclaims.workflow.event.ClaimEvent;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * Renders progress notices in a given locale, from a carrier's own message sources first and then
 * the SDK's bundles ({@code notice_zh_CN}, {@code notice_zh_HK}, {@code notice_en}). The locale is
 * always explicit and must match a bundle exactly: there is no fallback to another language or to
 * the machine's default. Arguments are inserted as locale-neutral text ({@code CNY 126.00},
 * {@code 2025-10-16}). Immutable and thread-safe.
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

  /** The SDK's own notice bundles. */
  public static final MessageSource CORE = MessageSource.bundled(NoticeRenderer.class, "notice");

  private final List<MessageSource> sources;

  private NoticeRenderer(List<MessageSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** {@return the locales the SDK ships bundles for: zh-CN, zh-HK and en} */
  public static List<Locale> bundledLocales() {
    return List.of(MAINLAND, HONG_KONG, ENGLISH);
  }

  /**
   * A renderer that looks in a carrier's sources first, in order, then in the SDK's bundles. A
   * carrier's bundle need hold only the wording it changes.
   *
   * @param overrides the carrier's sources, such as {@code MessageSource.bundled(MyNotices.class,
   *     "notice")}
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
    for (MessageSource source : sources) {
      var pattern = source.pattern(notice.code(), locale);
      if (pattern.isPresent()) {
        return new MessageFormat(pattern.get(), Locale.ROOT)
            .format(notice.arguments().stream().map(MessageArg::text).toArray());
      }
    }
    throw new MissingResourceException(
        "no notice for " + notice.code() + " in " + locale, "notice", notice.code());
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
