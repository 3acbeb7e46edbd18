package io.parcelclaims.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** A module's bundle of UTF-8 properties files, one per locale, each read once. */
final class BundledSource implements MessageSource {
  private final String baseName;
  private final MessageSource.Resources resources;
  private final Map<Locale, Properties> bundles = new ConcurrentHashMap<>();

  BundledSource(String baseName, MessageSource.Resources resources) {
    this.baseName = baseName;
    this.resources = resources;
  }

  @Override
  public Optional<String> pattern(String key, Locale locale) {
    return Optional.ofNullable(bundle(locale).getProperty(key));
  }

  @Override
  public Properties entries(Locale locale) {
    Properties copy = new Properties();
    copy.putAll(bundle(locale));
    return copy;
  }

  private Properties bundle(Locale locale) {
    return bundles.computeIfAbsent(locale, this::read);
  }

  private Properties read(Locale locale) {
    String file = baseName + "_" + locale.toString() + ".properties";
    Properties p = new Properties();
    try (InputStream in = resources.open(file)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return p;
  }
}
