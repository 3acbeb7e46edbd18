package io.parcelclaims.examples.bytecode;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports every use of {@code double} or {@code float} in one class file, read by the format of
 * JVMS §4 since JDK 17 has no public class-file API. A use is a float or double constant, a
 * reference to {@code java/lang/Double} or {@code java/lang/Float}, a member reference, field,
 * method or generic signature whose type names either (boxed or not), or a double or float
 * instruction ({@link Instructions}).
 *
 * <p>Each finding is one line that starts with where it is: {@code io/x/Rate: constant double
 * 0.0725}, {@code io/x/Rate.value: field descriptor D}, {@code io/x/Rate.half(I)I: fdiv at 5}.
 */
final class ClassFileScanner {
  private static final int MAGIC = 0xCAFEBABE;

  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELDREF = 9;
  private static final int METHODREF = 10;
  private static final int INTERFACE_METHODREF = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  private final DataInputStream in;
  private final List<String> findings = new ArrayList<>();
  private int[] tags;
  private long[] values; // first index (or the number's bits) of each pool entry
  private int[] seconds; // second index of each pool entry, where it has one
  private String[] texts;

  private ClassFileScanner(byte[] classFile) {
    this.in = new DataInputStream(new ByteArrayInputStream(classFile));
  }

  /**
   * Answers the uses of double or float in one class file: constant pool entries first, in pool
   * order, then fields, then methods with their signatures and bytecode; empty when there are none.
   *
   * @throws IllegalArgumentException if the bytes are not a well-formed class file
   */
  static List<String> scan(byte[] classFile) {
    try {
      return new ClassFileScanner(classFile).scan();
    } catch (EOFException e) {
      throw new IllegalArgumentException("the class file ends early", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array never fails to read
    }
  }

  private List<String> scan() throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IllegalArgumentException("not a class file: no 0xCAFEBABE at the start");
    }
    in.readUnsignedShort(); // minor_version
    in.readUnsignedShort(); // major_version
    readConstantPool();
    in.readUnsignedShort(); // access_flags
    String className = className(in.readUnsignedShort());
    in.readUnsignedShort(); // super_class
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) {
      in.readUnsignedShort();
    }
    scanConstantPool(className);
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      scanMember(className, false);
    }
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      scanMember(className, true);
    }
    scanAttributes(className, false);
    if (in.available() != 0) {
      throw new IllegalArgumentException("bytes follow the end of the class file");
    }
    return findings;
  }

  private void readConstantPool() throws IOException {
    int count = in.readUnsignedShort();
    tags = new int[count];
    values = new long[count];
    seconds = new int[count];
    texts = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      tags[i] = tag;
      switch (tag) {
        case UTF8 -> texts[i] = in.readUTF();
        case INTEGER, FLOAT -> values[i] = in.readInt();
        case LONG, DOUBLE -> values[i++] = in.readLong(); // takes two entries (JVMS §4.4.5)
        case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> values[i] = in.readUnsignedShort();
        case METHOD_HANDLE -> {
          in.readUnsignedByte(); // reference_kind
          values[i] = in.readUnsignedShort();
        }
        case FIELDREF, METHODREF, INTERFACE_METHODREF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC -> {
          values[i] = in.readUnsignedShort();
          seconds[i] = in.readUnsignedShort();
        }
        default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at #" + i);
      }
    }
  }

  private void scanConstantPool(String className) {
    for (int i = 1; i < tags.length; i++) {
      String where = className + ": ";
      switch (tags[i]) {
        case FLOAT -> findings.add(where + "constant float " + Float.intBitsToFloat((int) values[i]));
        case DOUBLE -> findings.add(where + "constant double " + Double.longBitsToDouble(values[i]));
        case CLASS -> {
          String name = className(i);
          // An array class is named by its descriptor: [D, [Ljava/lang/Double;
          boolean uses = name.startsWith("[")
              ? TypeSignatures.descriptorUsesFloatingPoint(name)
              : TypeSignatures.isBoxedFloatingPoint(name);
          if (uses) {
            findings.add(where + "class " + name);
          }
        }
        case FIELDREF, METHODREF, INTERFACE_METHODREF -> {
          int nameAndType = seconds[i];
          if (TypeSignatures.descriptorUsesFloatingPoint(descriptorOf(nameAndType))) {
            findings.add(where + "member reference " + className((int) values[i]) + "."
                + nameOf(nameAndType) + descriptorOf(nameAndType));
          }
        }
        case DYNAMIC, INVOKE_DYNAMIC -> {
          int nameAndType = seconds[i];
          if (TypeSignatures.descriptorUsesFloatingPoint(descriptorOf(nameAndType))) {
            findings.add(where + (tags[i] == DYNAMIC ? "dynamic constant " : "invokedynamic ")
                + nameOf(nameAndType) + descriptorOf(nameAndType));
          }
        }
        case METHOD_TYPE -> {
          String descriptor = utf8((int) values[i]);
          if (TypeSignatures.descriptorUsesFloatingPoint(descriptor)) {
            findings.add(where + "method type " + descriptor);
          }
        }
        default -> { }
      }
    }
  }

  private void scanMember(String className, boolean method) throws IOException {
    in.readUnsignedShort(); // access_flags
    String name = utf8(in.readUnsignedShort());
    String descriptor = utf8(in.readUnsignedShort());
    String where = className + "." + name + (method ? descriptor : "");
    if (TypeSignatures.descriptorUsesFloatingPoint(descriptor)) {
      findings.add(where + (method ? ": method descriptor" : ": field descriptor " + descriptor));
    }
    scanAttributes(where, method);
  }

  private void scanAttributes(String where, boolean method) throws IOException {
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      String name = utf8(in.readUnsignedShort());
      int length = in.readInt();
      if (length < 0) {
        throw new IllegalArgumentException(where + ": attribute " + name + " is too long");
      }
      byte[] attribute = in.readNBytes(length);
      if (attribute.length != length) {
        throw new EOFException();
      }
      if (name.equals("Signature")) {
        String signature = utf8(u2(attribute, 0));
        if (TypeSignatures.signatureUsesFloatingPoint(signature)) {
          findings.add(where + ": signature " + signature);
        }
      } else if (method && name.equals("Code")) {
        for (String instruction : Instructions.floatingPoint(code(attribute))) {
          findings.add(where + ": " + instruction);
        }
      }
    }
  }

  // Code_attribute (JVMS §4.7.3): max_stack u2, max_locals u2, code_length u4, code[code_length],
  // then the exception table and nested attributes, which say nothing about types that the
  // instructions and descriptors have not already said.
  private static byte[] code(byte[] attribute) {
    if (attribute.length < 8) {
      throw new IllegalArgumentException("Code attribute too short");
    }
    long length = (long) u2(attribute, 4) << 16 | u2(attribute, 6);
    if (length == 0 || 8 + length > attribute.length) {
      throw new IllegalArgumentException("Code attribute with code_length " + length
          + " in " + attribute.length + " bytes");
    }
    byte[] code = new byte[(int) length];
    System.arraycopy(attribute, 8, code, 0, code.length);
    return code;
  }

  private String className(int classIndex) {
    return utf8((int) values[checked(classIndex, CLASS)]);
  }

  private String nameOf(int nameAndType) {
    return utf8((int) values[checked(nameAndType, NAME_AND_TYPE)]);
  }

  private String descriptorOf(int nameAndType) {
    return utf8(seconds[checked(nameAndType, NAME_AND_TYPE)]);
  }

  private String utf8(int index) {
    return texts[checked(index, UTF8)];
  }

  private int checked(int index, int tag) {
    if (index <= 0 || index >= tags.length || tags[index] != tag) {
      throw new IllegalArgumentException("constant pool #" + index + " is not of tag " + tag);
    }
    return index;
  }

  private static int u2(byte[] bytes, int at) {
    if (at + 2 > bytes.length) {
      throw new IllegalArgumentException("attribute too short");
    }
    return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
  }
}
