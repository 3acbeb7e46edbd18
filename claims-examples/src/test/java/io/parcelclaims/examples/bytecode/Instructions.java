package io.parcelclaims.examples.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * The double and float instructions in one method's bytecode (JVMS §6.5), each as its mnemonic
 * and offset ({@code "fdiv at 5"}). {@code ldc}, {@code ldc_w} and {@code ldc2_w} are not listed:
 * the float or double constant they load is reported from the constant pool.
 */
final class Instructions {
  private static final int TABLESWITCH = 0xaa;
  private static final int LOOKUPSWITCH = 0xab;
  private static final int NEWARRAY = 0xbc;
  private static final int WIDE = 0xc4;
  private static final int IINC = 0x84;
  private static final int T_FLOAT = 6;
  private static final int T_DOUBLE = 7;

  /** Length of each instruction in bytes; 0 where no instruction has that opcode. */
  private static final int[] LENGTH = new int[256];
  /** Mnemonic of each double or float instruction; null for all others. */
  private static final String[] FLOATING_POINT = new String[256];

  static {
    lengths(0x00, 0x0f, 1); // nop, aconst_null, iconst_*, lconst_*, fconst_*, dconst_*
    lengths(0x10, 0x10, 2); // bipush
    lengths(0x11, 0x11, 3); // sipush
    lengths(0x12, 0x12, 2); // ldc
    lengths(0x13, 0x14, 3); // ldc_w, ldc2_w
    lengths(0x15, 0x19, 2); // iload, lload, fload, dload, aload
    lengths(0x1a, 0x35, 1); // *load_<n>, *aload
    lengths(0x36, 0x3a, 2); // istore, lstore, fstore, dstore, astore
    lengths(0x3b, 0x83, 1); // *store_<n>, *astore, stack, arithmetic, logic
    lengths(0x84, 0x84, 3); // iinc
    lengths(0x85, 0x98, 1); // conversions, comparisons
    lengths(0x99, 0xa8, 3); // if*, goto, jsr
    lengths(0xa9, 0xa9, 2); // ret
    lengths(0xac, 0xb1, 1); // *return
    lengths(0xb2, 0xb8, 3); // get/put field/static, invokevirtual/special/static
    lengths(0xb9, 0xba, 5); // invokeinterface, invokedynamic
    lengths(0xbb, 0xbb, 3); // new
    lengths(0xbc, 0xbc, 2); // newarray
    lengths(0xbd, 0xbd, 3); // anewarray
    lengths(0xbe, 0xbf, 1); // arraylength, athrow
    lengths(0xc0, 0xc1, 3); // checkcast, instanceof
    lengths(0xc2, 0xc3, 1); // monitorenter, monitorexit
    lengths(0xc5, 0xc5, 4); // multianewarray
    lengths(0xc6, 0xc7, 3); // ifnull, ifnonnull
    lengths(0xc8, 0xc9, 5); // goto_w, jsr_w

    name(0x0b, "fconst_0");
    name(0x0c, "fconst_1");
    name(0x0d, "fconst_2");
    name(0x0e, "dconst_0");
    name(0x0f, "dconst_1");
    name(0x17, "fload");
    name(0x18, "dload");
    for (int n = 0; n < 4; n++) {
      name(0x22 + n, "fload_" + n);
      name(0x26 + n, "dload_" + n);
      name(0x43 + n, "fstore_" + n);
      name(0x47 + n, "dstore_" + n);
    }
    name(0x30, "faload");
    name(0x31, "daload");
    name(0x38, "fstore");
    name(0x39, "dstore");
    name(0x51, "fastore");
    name(0x52, "dastore");
    name(0x62, "fadd");
    name(0x63, "dadd");
    name(0x66, "fsub");
    name(0x67, "dsub");
    name(0x6a, "fmul");
    name(0x6b, "dmul");
    name(0x6e, "fdiv");
    name(0x6f, "ddiv");
    name(0x72, "frem");
    name(0x73, "drem");
    name(0x76, "fneg");
    name(0x77, "dneg");
    name(0x86, "i2f");
    name(0x87, "i2d");
    name(0x89, "l2f");
    name(0x8a, "l2d");
    name(0x8b, "f2i");
    name(0x8c, "f2l");
    name(0x8d, "f2d");
    name(0x8e, "d2i");
    name(0x8f, "d2l");
    name(0x90, "d2f");
    name(0x95, "fcmpl");
    name(0x96, "fcmpg");
    name(0x97, "dcmpl");
    name(0x98, "dcmpg");
    name(0xae, "freturn");
    name(0xaf, "dreturn");
  }

  private Instructions() {}

  /**
   * Answers the double and float instructions in a Code attribute's {@code code} array, in order;
   * empty when there are none.
   *
   * @throws IllegalArgumentException if the code holds an unknown opcode or an instruction that
   *     runs past its end
   */
  static List<String> floatingPoint(byte[] code) {
    List<String> found = new ArrayList<>();
    int pc = 0;
    while (pc < code.length) {
      int opcode = u1(code, pc);
      String name = FLOATING_POINT[opcode];
      int length;
      switch (opcode) {
        case TABLESWITCH -> length = tableswitchLength(code, pc);
        case LOOKUPSWITCH -> length = lookupswitchLength(code, pc);
        case WIDE -> {
          int modified = u1(code, pc + 1);
          length = modified == IINC ? 6 : 4;
          if (modified != IINC && !isLocalVariableInstruction(modified)) {
            throw new IllegalArgumentException("wide cannot modify opcode " + modified + " at " + pc);
          }
          name = FLOATING_POINT[modified] == null ? null : "wide " + FLOATING_POINT[modified];
        }
        case NEWARRAY -> {
          length = LENGTH[opcode];
          int type = u1(code, pc + 1);
          name = type == T_DOUBLE ? "newarray double" : type == T_FLOAT ? "newarray float" : null;
        }
        default -> length = LENGTH[opcode];
      }
      if (length == 0) {
        throw new IllegalArgumentException("no instruction has opcode " + opcode + " (at " + pc + ")");
      }
      if (pc + length > code.length) {
        throw new IllegalArgumentException("instruction at " + pc + " runs past the end of the code");
      }
      if (name != null) {
        found.add(name + " at " + pc);
      }
      pc += length;
    }
    return found;
  }

  // Both switches pad with 0-3 bytes so that their operands start at a multiple of four from the
  // start of the code.
  private static int operands(int pc) {
    return pc + 1 + (3 - (pc & 3));
  }

  private static int tableswitchLength(byte[] code, int pc) {
    int operands = operands(pc);
    long low = s4(code, operands + 4);
    long high = s4(code, operands + 8);
    if (high < low) {
      throw new IllegalArgumentException("tableswitch at " + pc + " has high below low");
    }
    return checkedLength(code, pc, operands + 12 + 4 * (high - low + 1));
  }

  private static int lookupswitchLength(byte[] code, int pc) {
    int operands = operands(pc);
    long pairs = s4(code, operands + 4);
    if (pairs < 0) {
      throw new IllegalArgumentException("lookupswitch at " + pc + " has a negative pair count");
    }
    return checkedLength(code, pc, operands + 8 + 8 * pairs);
  }

  private static int checkedLength(byte[] code, int pc, long end) {
    if (end > code.length) {
      throw new IllegalArgumentException("instruction at " + pc + " runs past the end of the code");
    }
    return (int) end - pc;
  }

  // The instructions that wide may modify besides iinc: *load, *store and ret.
  private static boolean isLocalVariableInstruction(int opcode) {
    return opcode >= 0x15 && opcode <= 0x19 || opcode >= 0x36 && opcode <= 0x3a || opcode == 0xa9;
  }

  private static int u1(byte[] code, int at) {
    if (at >= code.length) {
      throw new IllegalArgumentException("code ends inside the instruction before " + at);
    }
    return code[at] & 0xff;
  }

  private static int s4(byte[] code, int at) {
    return u1(code, at) << 24 | u1(code, at + 1) << 16 | u1(code, at + 2) << 8 | u1(code, at + 3);
  }

  private static void lengths(int from, int to, int length) {
    for (int opcode = from; opcode <= to; opcode++) {
      LENGTH[opcode] = length;
    }
  }

  private static void name(int opcode, String mnemonic) {
    FLOATING_POINT[opcode] = mnemonic;
  }
}
