package io.parcelclaims.examples.bytecode;

/**
 * Answers whether a descriptor (JVMS §4.3) or a generic signature (JVMS §4.7.9.1) names
 * {@code double} or {@code float}, either as the primitive or boxed as {@code java.lang.Double} or
 * {@code java.lang.Float}. A class whose name merely contains a D or an F, such as
 * {@code java.time.Duration} or a type variable named {@code D}, does not count.
 */
final class TypeSignatures {
  private final String text;
  private final boolean generic;
  private int pos;
  private boolean found;

  private TypeSignatures(String text, boolean generic) {
    this.text = text;
    this.generic = generic;
  }

  /** Answers whether an internal class name is {@code java/lang/Double} or {@code java/lang/Float}. */
  static boolean isBoxedFloatingPoint(String internalName) {
    return internalName.equals("java/lang/Double") || internalName.equals("java/lang/Float");
  }

  /**
   * Answers whether a field or method descriptor names double or float.
   *
   * @throws IllegalArgumentException if the descriptor is malformed
   */
  static boolean descriptorUsesFloatingPoint(String descriptor) {
    return new TypeSignatures(descriptor, false).parse();
  }

  /**
   * Answers whether a class, field or method signature names double or float.
   *
   * @throws IllegalArgumentException if the signature is malformed
   */
  static boolean signatureUsesFloatingPoint(String signature) {
    return new TypeSignatures(signature, true).parse();
  }

  private boolean parse() {
    if (generic && peek() == '<') {
      typeParameters();
    }
    if (peek() == '(') {
      pos++;
      while (peek() != ')') {
        type();
      }
      pos++;
      if (peek() == 'V') {
        pos++;
      } else {
        type();
      }
      while (generic && pos < text.length() && peek() == '^') {
        pos++;
        type();
      }
    } else {
      type();
      // A class signature goes on with its interfaces; a descriptor names exactly one type.
      while (generic && pos < text.length()) {
        type();
      }
    }
    if (pos != text.length()) {
      throw malformed();
    }
    return found;
  }

  private void type() {
    char c = peek();
    pos++;
    switch (c) {
      case 'B', 'C', 'I', 'J', 'S', 'Z' -> { }
      case 'D', 'F' -> found = true;
      case '[' -> type();
      case 'L' -> classType();
      case 'T' -> {
        if (!generic) {
          throw malformed();
        }
        identifier(";");
        pos++;
      }
      default -> throw malformed();
    }
  }

  private void classType() {
    if (!generic) {
      int end = text.indexOf(';', pos);
      if (end <= pos) {
        throw malformed();
      }
      found |= isBoxedFloatingPoint(text.substring(pos, end));
      pos = end + 1;
      return;
    }
    found |= isBoxedFloatingPoint(identifier(";<."));
    while (true) {
      if (peek() == '<') {
        typeArguments();
      }
      if (peek() != '.') {
        break;
      }
      pos++;
      identifier(";<.");
    }
    expect(';');
  }

  private void typeArguments() {
    pos++;
    do {
      char c = peek();
      if (c == '*') {
        pos++;
      } else {
        if (c == '+' || c == '-') {
          pos++;
        }
        type();
      }
    } while (peek() != '>');
    pos++;
  }

  private void typeParameters() {
    pos++;
    do {
      identifier(":");
      expect(':');
      // The class bound may be empty (an interface-only bound); interface bounds follow after ':'.
      if ("LT[".indexOf(peek()) >= 0) {
        type();
      }
      while (peek() == ':') {
        pos++;
        type();
      }
    } while (peek() != '>');
    pos++;
  }

  private String identifier(String terminators) {
    int start = pos;
    while (terminators.indexOf(peek()) < 0) {
      pos++;
    }
    if (pos == start) {
      throw malformed();
    }
    return text.substring(start, pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw malformed();
    }
    pos++;
  }

  private char peek() {
    if (pos >= text.length()) {
      throw malformed();
    }
    return text.charAt(pos);
  }

  private IllegalArgumentException malformed() {
    return new IllegalArgumentException(
        "malformed " + (generic ? "signature" : "descriptor") + " at " + pos + ": " + text);
  }
}
