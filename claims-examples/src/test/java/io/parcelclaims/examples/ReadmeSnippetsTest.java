package io.parcelclaims.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the code its tests run: each marked block of a test appears verbatim in the README. */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void the_contract_example_in_the_readme_is_the_class_that_runs() throws IOException {
    String snippet = marked(Path.of("src/test/java/io/parcelclaims/examples/CourierTariffProperties.java"));

    String readme = Files.readString(README);

    assertTrue(readme.contains("```java\n" + snippet + "```\n"), () -> "README.md lacks the block:\n" + snippet);
    assertTrue(snippet.lines().count() < 20, () -> "the README's contract example is " + snippet.lines().count() + " lines");
  }

  @Test
  void the_first_policy_example_in_the_readme_is_the_class_that_runs() throws IOException {
    String snippet = marked(Path.of("src/test/java/io/parcelclaims/examples/RegimeReadmeTest.java"));

    assertTrue(Files.readString(README).contains("```java\n" + snippet + "```\n"),
        () -> "README.md lacks the block:\n" + snippet);
  }

  /** The lines between {@code // README: ...} and {@code // end README}, each ending in a newline. */
  private static String marked(Path source) throws IOException {
    String text = Files.readString(source);
    int start = text.indexOf('\n', text.indexOf("// README: ")) + 1;
    int end = text.indexOf("// end README");
    return text.substring(start, end);
  }
}
