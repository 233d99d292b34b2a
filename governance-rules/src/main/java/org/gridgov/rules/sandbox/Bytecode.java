package org.gridgov.rules.sandbox;

/**
 * Walks a method's bytecode: the constant-pool operands of its instructions (to tell which rule a reference
 * belongs to, and which methods call which) and its branches (a branch backwards is a loop).
 */
final class Bytecode {
    /** What a walk reports. */
    interface Visitor {
        /** An instruction with a constant-pool operand: {@code ldc}, field access, invocation, {@code new}, … */
        void poolReference(int opcode, int index);

        /** A branch from one offset to another; {@code target <= offset} is a loop. */
        void branch(int offset, int target);
    }

    static final int INVOKESTATIC = 0xb8;

    private Bytecode() {
    }

    /**
     * Walks the code.
     *
     * @throws IllegalArgumentException if the code is cut short or holds an unknown opcode
     */
    static void walk(byte[] code, Visitor visitor) {
        int pc = 0;
        while (pc < code.length) {
            int op = code[pc] & 0xff;
            pc = step(code, pc, op, visitor);
        }
    }

    private static int step(byte[] code, int pc, int op, Visitor visitor) {
        if (op == 0x12) { // ldc
            visitor.poolReference(op, u1(code, pc + 1));
            return pc + 2;
        }
        if (op == 0x13 || op == 0x14 || op >= 0xb2 && op <= 0xb8 || op == 0xbb || op == 0xbd || op == 0xc0
                || op == 0xc1) { // ldc_w, ldc2_w, field access, invoke*, new, anewarray, checkcast, instanceof
            visitor.poolReference(op, u2(code, pc + 1));
            return pc + 3;
        }
        if (op == 0xb9 || op == 0xba) { // invokeinterface, invokedynamic
            visitor.poolReference(op, u2(code, pc + 1));
            return pc + 5;
        }
        if (op == 0xc5) { // multianewarray
            visitor.poolReference(op, u2(code, pc + 1));
            return pc + 4;
        }
        if (op >= 0x99 && op <= 0xa8 || op == 0xc6 || op == 0xc7) { // if*, goto, jsr, ifnull, ifnonnull
            visitor.branch(pc, pc + (short) u2(code, pc + 1));
            return pc + 3;
        }
        if (op == 0xc8 || op == 0xc9) { // goto_w, jsr_w
            visitor.branch(pc, pc + s4(code, pc + 1));
            return pc + 5;
        }
        if (op == 0xaa || op == 0xab) {
            return switches(code, pc, op, visitor);
        }
        if (op == 0xc4) { // wide
            return pc + ((code[pc + 1] & 0xff) == 0x84 ? 6 : 4);
        }
        return pc + 1 + operandBytes(op);
    }

    private static int switches(byte[] code, int pc, int op, Visitor visitor) {
        int at = (pc + 4) & ~3;
        visitor.branch(pc, pc + s4(code, at));
        if (op == 0xaa) { // tableswitch
            int low = s4(code, at + 4);
            int high = s4(code, at + 8);
            int n = high - low + 1;
            for (int i = 0; i < n; i++) {
                visitor.branch(pc, pc + s4(code, at + 12 + 4 * i));
            }
            return at + 12 + 4 * n;
        }
        int pairs = s4(code, at + 4);
        for (int i = 0; i < pairs; i++) {
            visitor.branch(pc, pc + s4(code, at + 12 + 8 * i));
        }
        return at + 8 + 8 * pairs;
    }

    private static int operandBytes(int op) {
        if (op == 0x10 || op >= 0x15 && op <= 0x19 || op >= 0x36 && op <= 0x3a || op == 0xa9 || op == 0xbc) {
            return 1; // bipush, loads, stores, ret, newarray
        }
        if (op == 0x11 || op == 0x84) {
            return 2; // sipush, iinc
        }
        if (op > 0xc9) {
            throw new IllegalArgumentException("unknown opcode " + op);
        }
        return 0;
    }

    private static int u1(byte[] code, int at) {
        return code[at] & 0xff;
    }

    private static int u2(byte[] code, int at) {
        return (code[at] & 0xff) << 8 | code[at + 1] & 0xff;
    }

    private static int s4(byte[] code, int at) {
        return (code[at] & 0xff) << 24 | (code[at + 1] & 0xff) << 16 | (code[at + 2] & 0xff) << 8 | code[at + 3] & 0xff;
    }
}
