package io.parcelclaims.examples.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassFileScannerTest {
  private static final String FIXTURES = "io/parcelclaims/examples/bytecode/fixtures/";

  @Test
  void reports_a_double_field() throws IOException {
    byte[] classFile = compiled("UsesDoubleField");

    List<String> findings = ClassFileScanner.scan(classFile);

    assertEquals(List.of(FIXTURES + "UsesDoubleField.rate: field descriptor D"), findings);
  }

  @Test
  void reports_every_instruction_that_computes_with_a_float_local() throws IOException {
    byte[] classFile = compiled("UsesFloatLocal");

    List<String> findings = ClassFileScanner.scan(classFile);

    String half = FIXTURES + "UsesFloatLocal.half(I)I: ";
    assertEquals(
        List.of(half + "i2f at 1", half + "fstore_2 at 2", half + "fload_2 at 3",
            half + "fconst_2 at 4", half + "fdiv at 5", half + "f2i at 6"),
        findings);
  }

  @Test
  void reports_a_double_constant_and_the_method_it_is_passed_to() throws IOException {
    byte[] classFile = compiled("UsesDoubleConstant");

    List<String> findings = ClassFileScanner.scan(classFile);

    assertEquals(
        List.of(FIXTURES + "UsesDoubleConstant: constant double 0.0725",
            FIXTURES + "UsesDoubleConstant: member reference "
                + "java/math/BigDecimal.valueOf(D)Ljava/math/BigDecimal;"),
        findings);
  }

  @Test
  void reports_a_method_that_returns_a_boxed_double() throws IOException {
    byte[] classFile = compiled("UsesBoxedDouble");

    List<String> findings = ClassFileScanner.scan(classFile);

    assertEquals(
        List.of(FIXTURES + "UsesBoxedDouble.ratio()Ljava/lang/Double;: method descriptor"),
        findings);
  }

  @Test
  void reports_doubles_held_only_as_a_type_argument() throws IOException {
    byte[] classFile = compiled("UsesDoubleList");

    List<String> findings = ClassFileScanner.scan(classFile);

    assertEquals(
        List.of(FIXTURES + "UsesDoubleList.rates: signature Ljava/util/List<Ljava/lang/Double;>;"),
        findings);
  }

  @Test
  void reports_new_double_and_float_arrays() throws IOException {
    byte[] classFile = compiled("UsesArrays");

    List<String> findings = ClassFileScanner.scan(classFile);

    assertEquals(
        List.of(FIXTURES + "UsesArrays.doubles(I)I: newarray double at 1",
            FIXTURES + "UsesArrays.floats(I)I: newarray float at 1"),
        findings);
  }

  @Test
  void finds_nothing_in_durations_functions_a_type_variable_named_d_and_long_arithmetic()
      throws IOException {
    byte[] classFile = compiled("UsesDurationOnly");

    List<String> findings = ClassFileScanner.scan(classFile);

    assertEquals(List.of(), findings);
  }

  @Test
  void finds_nothing_in_switches_at_every_padding() throws IOException {
    byte[] classFile = compiled("UsesSwitch");

    List<String> findings = ClassFileScanner.scan(classFile);

    assertEquals(List.of(), findings);
  }

  @Test
  void reports_the_offset_of_a_float_conversion_right_after_each_kind_of_switch()
      throws IOException {
    byte[] classFile = compiled("UsesFloatAfterSwitch");

    List<String> findings = ClassFileScanner.scan(classFile);

    // As javap -c shows: the tableswitch at 1 (2 bytes of padding, 3 cases) ends at 28 and the
    // lookupswitch at 1 (3 pairs) at 36; the arms, a store and a load come before i2f.
    String table = FIXTURES + "UsesFloatAfterSwitch.afterTable(I)I: ";
    String lookup = FIXTURES + "UsesFloatAfterSwitch.afterLookup(I)I: ";
    assertEquals(
        List.of(table + "i2f at 46", table + "f2i at 47", lookup + "i2f at 51",
            lookup + "f2i at 52"),
        findings);
  }

  @Test
  void refuses_bytes_that_are_not_a_class_file() {
    byte[] notAClassFile = "money is not a double".getBytes(StandardCharsets.UTF_8);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClassFileScanner.scan(notAClassFile));

    assertEquals("not a class file: no 0xCAFEBABE at the start", e.getMessage());
  }

  @Test
  void refuses_a_class_file_cut_short() throws IOException {
    byte[] whole = compiled("UsesDoubleField");
    byte[] truncated = Arrays.copyOf(whole, whole.length - 1);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClassFileScanner.scan(truncated));

    assertEquals("the class file ends early", e.getMessage());
  }

  private static byte[] compiled(String fixture) throws IOException {
    try (InputStream in =
        ClassFileScannerTest.class.getResourceAsStream("/" + FIXTURES + fixture + ".class")) {
      assertNotNull(in, "no compiled fixture " + fixture + " on the test class path");
      return in.readAllBytes();
    }
  }
}
