package io.parcelclaims.examples.bytecode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeSignaturesTest {

  @ParameterizedTest
  @ValueSource(strings = {"D", "[[F", "(Ljava/lang/String;IF)V", "()Ljava/lang/Float;",
      "([Ljava/lang/Double;)J"})
  void a_descriptor_names_floating_point_as_a_primitive_an_array_or_a_box(String descriptor) {
    boolean uses = TypeSignatures.descriptorUsesFloatingPoint(descriptor);

    assertTrue(uses, descriptor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ljava/time/Duration;", "[Ljava/time/DayOfWeek;",
      "(Ljava/util/function/Function;Ljava/lang/DoubleTrouble;)Ljava/io/File;", "(IJ[BLDouble;)V"})
  void a_class_name_with_a_d_or_an_f_in_it_is_not_floating_point(String descriptor) {
    boolean uses = TypeSignatures.descriptorUsesFloatingPoint(descriptor);

    assertFalse(uses, descriptor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ljava/util/Map<Ljava/lang/String;+Ljava/lang/Double;>;",
      "<N:Ljava/lang/Float;>Ljava/lang/Object;Ljava/lang/Comparable<TN;>;",
      "Lio/x/Outer<TT;>.Inner<Ljava/lang/Double;>;", "<T:Ljava/lang/Object;>([TT;D)V"})
  void a_signature_names_floating_point_in_a_type_argument_a_bound_or_a_parameter(
      String signature) {
    boolean uses = TypeSignatures.signatureUsesFloatingPoint(signature);

    assertTrue(uses, signature);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<D:Ljava/lang/Object;F::Ljava/lang/Comparable<TD;>;>(TD;TF;)TD;^TF;",
      "Ljava/util/Map<Ljava/time/Duration;*>;", "<D:Ljava/lang/Object;>Ljava/lang/Object;"})
  void a_type_variable_named_d_or_f_is_not_floating_point(String signature) {
    boolean uses = TypeSignatures.signatureUsesFloatingPoint(signature);

    assertFalse(uses, signature);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ljava/time/Duration", "(D", "TD;", "DD", "V", "Q"})
  void a_malformed_descriptor_is_refused(String descriptor) {
    assertThrows(IllegalArgumentException.class,
        () -> TypeSignatures.descriptorUsesFloatingPoint(descriptor));
  }
}
