package io.parcelclaims.rules.cn;

import io.parcelclaims.policy.MessageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The explanation messages of the Chinese rules ({@code explain.cn.*} keys), in {@code en} and
 * {@code zh_CN}. Pass {@link #SOURCE} to {@link io.parcelclaims.policy.ExplanationRenderer#of} to
 * render assessments of the policies in this package.
 *
 * <p>This class holds a constant only and is not instantiable.
 *
 * @since 0.1.0
 */
public final class CnMessages {
  /** The locales the bundle has a file for. */
  static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  // Read here, by a class of this module, rather than through MessageSource.bundled: the files sit
  // in a package of the named module io.parcelclaims.rules, which core cannot read unless the
  // package is opened to it; a module's own class always can.
  private static final Map<Locale, Properties> BUNDLES =
      Map.of(Locale.ENGLISH, read(Locale.ENGLISH), Locale.SIMPLIFIED_CHINESE, read(Locale.SIMPLIFIED_CHINESE));

  /** The bundle {@code explain_<locale>.properties} beside this class; UTF-8, no base file. */
  public static final MessageSource SOURCE =
      (key, locale) -> Optional.ofNullable(BUNDLES.get(locale)).map(p -> p.getProperty(key));

  private CnMessages() {}

  /** Every key of a locale's file; empty when there is no file for the locale. */
  static Properties load(Locale locale) {
    Properties copy = new Properties();
    Optional.ofNullable(BUNDLES.get(locale)).ifPresent(copy::putAll);
    return copy;
  }

  private static Properties read(Locale locale) {
    String file = "explain_" + locale + ".properties";
    Properties p = new Properties();
    try (InputStream in = CnMessages.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing " + file + " beside " + CnMessages.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return p;
  }
}
