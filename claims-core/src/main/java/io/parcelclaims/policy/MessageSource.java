package io.parcelclaims.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Message patterns for explanation keys, per locale. Each module that owns keys ships its own
 * bundle: one UTF-8 properties file per locale beside a class of its own
 * ({@code explain_zh_CN.properties}, {@code explain_en.properties}), with no base-file fallback, read
 * through that class. On the module path, the owning module opens that package to
 * {@code io.parcelclaims.core} ({@code opens ... to io.parcelclaims.core;}).
 *
 * @since 0.1.0
 */
public interface MessageSource {

  /**
   * The pattern of a key in a locale, in {@link java.text.MessageFormat} syntax.
   *
   * @param key the message key
   * @param locale the locale
   * @return the pattern, or empty when this source does not have the key
   */
  Optional<String> pattern(String key, Locale locale);

  /**
   * A source reading {@code <baseName>_<locale>.properties} from the package of {@code owner}.
   *
   * @param owner a class of the module and package that ships the files
   * @param baseName the file's base name, such as {@code explain}
   * @return the source
   */
  static MessageSource bundled(Class<?> owner, String baseName) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(baseName, "baseName");
    return (key, locale) -> Optional.ofNullable(load(owner, baseName, locale).getProperty(key));
  }

  /**
   * Every key of the bundle for a locale; for tests that check bundles are complete.
   *
   * @param owner the class beside the files
   * @param baseName the base name
   * @param locale the locale
   * @return the properties, empty when the file is absent
   */
  static Properties load(Class<?> owner, String baseName, Locale locale) {
    String file = baseName + "_" + locale.toString() + ".properties";
    Properties p = new Properties();
    // in a named module the owner's package must be opened to io.parcelclaims.core, since this
    // call comes from core (Class.getResourceAsStream is caller-sensitive)
    try (InputStream in = owner.getResourceAsStream(file)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " beside " + owner.getName(), e);
    }
    return p;
  }
}
