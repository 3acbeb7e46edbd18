package io.parcelclaims.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.parcelclaims.policy.Assessment;
import io.parcelclaims.policy.ExplanationRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Golden files of rendered explanations, one per example and locale, under
 * {@code src/test/resources/golden/}. A change of wording or order fails the test and shows in review.
 * Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change.
 */
public final class Golden {
  /** The locales every explanation is rendered in. */
  public static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /**
   * Compares an assessment's rendering in every locale with its golden files.
   *
   * @param name the example's name, such as {@code ex-04}
   * @param assessment the assessment
   * @param renderer a renderer with every module's messages
   */
  public static void assertMatches(String name, Assessment assessment, ExplanationRenderer renderer) {
    for (Locale locale : LOCALES) {
      String actual = String.join("\n", renderer.render(assessment, locale)) + "\n";
      Path file = DIR.resolve(name + "." + locale + ".txt");
      try {
        if (Boolean.getBoolean("golden.update")) {
          Files.createDirectories(DIR);
          Files.writeString(file, actual, StandardCharsets.UTF_8);
          continue;
        }
        if (!Files.exists(file)) {
          fail("no golden file " + file + "; run with -Dgolden.update=true and review it. Rendered:\n" + actual);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "rendering of " + name + " in " + locale);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
