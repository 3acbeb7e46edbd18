package io.parcelclaims.examples.bytecode;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Money never goes through {@code double} or {@code float}: the compiled classes of claims-core
 * and claims-rules hold no use of either ({@link ClassFileScanner}).
 */
class NoFloatingPointTest {
  // Surefire runs each module's tests in that module's directory, so the siblings are one up.
  private static final Path ROOT = Path.of("..");

  @Test
  void claims_core_never_uses_double_or_float() throws IOException {
    Path classes = compiledClasses("claims-core");

    Scan scan = Scan.of(classes);

    assertTrue(scan.classes() >= 20,
        "scanned only " + scan.classes() + " classes in " + classes.toAbsolutePath().normalize());
    assertTrue(scan.findings().isEmpty(), () -> "double or float in claims-core:\n"
        + String.join("\n", scan.findings()));
  }

  @Test
  void claims_rules_never_uses_double_or_float() throws IOException {
    // claims-rules has no sources yet, so it has no classes to scan; this reports the test as
    // skipped rather than passed, and from the first source file on the classes must be there.
    assumeTrue(hasSources("claims-rules"), "claims-rules has no main sources yet");
    Path classes = compiledClasses("claims-rules");

    Scan scan = Scan.of(classes);

    assertTrue(scan.classes() >= 1,
        "scanned no classes in " + classes.toAbsolutePath().normalize());
    assertTrue(scan.findings().isEmpty(), () -> "double or float in claims-rules:\n"
        + String.join("\n", scan.findings()));
  }

  private static Path compiledClasses(String module) {
    Path classes = ROOT.resolve(Path.of(module, "target", "classes"));
    assertTrue(Files.isDirectory(classes), "no compiled classes of " + module + " at "
        + classes.toAbsolutePath().normalize() + "; build it first (mvn -pl claims-examples -am)");
    return classes;
  }

  private static boolean hasSources(String module) throws IOException {
    Path sources = ROOT.resolve(Path.of(module, "src", "main", "java"));
    if (!Files.isDirectory(sources)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(sources)) {
      return files.anyMatch(file -> file.toString().endsWith(".java"));
    }
  }

  /** What scanning every class file under one directory found, and how many files it read. */
  private record Scan(int classes, List<String> findings) {
    static Scan of(Path directory) throws IOException {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(directory)) {
        files = walk.filter(file -> file.toString().endsWith(".class")).sorted().toList();
      }
      List<String> findings = new ArrayList<>();
      for (Path file : files) {
        findings.addAll(ClassFileScanner.scan(Files.readAllBytes(file)));
      }
      return new Scan(files.size(), List.copyOf(findings));
    }
  }
}
