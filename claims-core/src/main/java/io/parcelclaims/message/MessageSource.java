package io.parcelclaims.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Message patterns for explanation and notice keys, per locale. Each module that owns keys ships its
 * own bundle: one UTF-8 properties file per locale beside a class of its own (such as {@code
 * explain_zh_CN.properties} and {@code explain_en.properties}), with no base-file fallback, and
 * makes it a source with {@link #bundled(String, Resources)}, handing over a {@link Resources} that
 * opens the files through that class:
 *
 * <pre>{@code
 * MessageSource SOURCE = MessageSource.bundled("explain", name -> MyMessages.class.getResourceAsStream(name));
 * }</pre>
 *
 * <p>Because the module that owns the files opens them itself, it needs no {@code opens} clause in
 * its {@code module-info}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
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
   * Every key and pattern this source has for a locale, for tests that check that bundles are
   * complete.
   *
   * @param locale the locale
   * @return a copy of the entries; empty when the source cannot list them (the default)
   */
  default Properties entries(Locale locale) {
    return new Properties();
  }

  /**
   * A source reading {@code <baseName>_<locale>.properties} (UTF-8) through the owning module's own
   * {@code resources}, each file read once, when first asked; a locale without a file has no keys.
   *
   * @param baseName the file's base name, such as {@code explain}
   * @param resources opens a file by name in the module and package that ship the files
   * @return the source
   */
  static MessageSource bundled(String baseName, Resources resources) {
    return new BundledSource(
        Objects.requireNonNull(baseName, "baseName"), Objects.requireNonNull(resources, "resources"));
  }

  /**
   * Opens a module's resource files by name; written in the module that ships them, such as {@code
   * name -> MyMessages.class.getResourceAsStream(name)}, so that the module's encapsulation lets it
   * read them.
   *
   * @since 0.3.0
   */
  @FunctionalInterface
  interface Resources {
    /**
     * The contents of a file.
     *
     * @param name the file's name, such as {@code explain_en.properties}
     * @return the stream, which the caller closes, or {@code null} when there is no such file
     * @throws IOException if the file cannot be opened
     */
    InputStream open(String name) throws IOException;
  }
}
