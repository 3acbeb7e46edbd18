package io.parcelclaims.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project carries its own domain reference: the README and every source file point at the
 * pages under {@code docs/}, never at a file outside the repository, and every page they name
 * exists.
 */
class DomainReferenceTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String OUTSIDE = "DOMAIN" + ".md";
  private static final Pattern PAGE = Pattern.compile("docs/([a-z0-9-]+\\.md)");

  @Test
  void no_file_mentions_the_reference_outside_the_repository() {
    List<String> hits = new ArrayList<>();
    for (Path file : repositoryTexts()) {
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(OUTSIDE)) {
          hits.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertEquals(List.of(), hits, "point these at the pages under docs/ instead");
  }

  @Test
  void every_page_named_exists() {
    TreeSet<String> missing = new TreeSet<>();
    for (Path file : repositoryTexts()) {
      Matcher m = PAGE.matcher(String.join("\n", lines(file)));
      while (m.find()) {
        if (!Files.isRegularFile(ROOT.resolve("docs").resolve(m.group(1)))) {
          missing.add(m.group() + " (named in " + ROOT.relativize(file) + ")");
        }
      }
    }
    assertEquals(new TreeSet<String>(), missing);
  }

  @Test
  void every_link_between_the_docs_pages_resolves() throws IOException {
    Pattern link = Pattern.compile("\\]\\(([a-z0-9-]+\\.md)(#[^)]*)?\\)");
    TreeSet<String> broken = new TreeSet<>();
    try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
        Matcher m = link.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!Files.isRegularFile(page.resolveSibling(m.group(1)))) {
            broken.add(page.getFileName() + " -> " + m.group(1));
          }
        }
      }
    }
    assertEquals(new TreeSet<String>(), broken);
  }

  /** The README, the docs pages and every file under a module's {@code src/}. */
  private static List<Path> repositoryTexts() {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> all = Files.walk(ROOT)) {
      all.filter(Files::isRegularFile)
          .filter(p -> {
            Path rel = ROOT.relativize(p);
            String first = rel.getName(0).toString();
            if (first.equals("docs")) {
              return true;
            }
            return first.startsWith("claims-") && rel.getNameCount() > 1
                && rel.getName(1).toString().equals("src");
          })
          .filter(p -> !p.toString().endsWith("DomainReferenceTest.java"))
          .filter(DomainReferenceTest::isText)
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static boolean isText(Path p) {
    String name = p.getFileName().toString();
    return Stream.of(".java", ".md", ".properties", ".txt", ".json", ".xml", ".csv")
        .anyMatch(name::endsWith);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
