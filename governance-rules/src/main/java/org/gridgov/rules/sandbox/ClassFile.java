package org.gridgov.rules.sandbox;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A class file read just far enough to check it: its name, every entry of its constant pool that names a class
 * or a member, its string constants, and each method's bytecode.
 *
 * <p>The constant pool is the complete list of what a class can reach: an instruction, a bootstrap method or a
 * method handle can only name a class, method or field through it. Reading it directly (instead of walking
 * instructions) also sees entries no instruction uses, so nothing can hide in an unusual attribute.
 *
 * @param name       the class's internal name, e.g. {@code p/Rules1234}
 * @param superName  the internal name of its superclass
 * @param interfaces the internal names of the interfaces it implements
 * @param classes    the internal names of every {@code CONSTANT_Class} entry (array descriptors included)
 * @param members    every field, method and interface-method reference
 * @param strings    every {@code CONSTANT_String}, in pool order
 * @param fields     the names of the fields the class declares
 * @param methods    the methods the class declares
 * @param pool       the raw pool, to resolve the operands of instructions
 */
record ClassFile(String name, String superName, List<String> interfaces, List<String> classes,
                 List<MemberRef> members, List<String> strings, List<String> fields, List<Method> methods,
                 Object[] pool) {

    /** A method of the class, with its code (empty for abstract and native methods). */
    record Method(String name, String descriptor, byte[] code) {
    }

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int FIELD = 9;
    private static final int METHOD = 10;
    private static final int INTERFACE_METHOD = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_HANDLE = 15;
    private static final int METHOD_TYPE = 16;
    private static final int DYNAMIC = 17;
    private static final int INVOKE_DYNAMIC = 18;
    private static final int MODULE = 19;
    private static final int PACKAGE = 20;

    /** Raw pool entries that point at others: tag and up to two indices. */
    private record Raw(int tag, int a, int b) {
    }

    /**
     * Reads a class file.
     *
     * @throws IllegalArgumentException if the bytes are not a well-formed class file (the check then refuses it)
     */
    static ClassFile read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            Object[] pool = readPool(in);
            in.readUnsignedShort(); // access flags
            String name = className(pool, in.readUnsignedShort());
            int superIndex = in.readUnsignedShort();
            String superName = superIndex == 0 ? null : className(pool, superIndex);
            List<String> interfaces = new ArrayList<>();
            int interfaceCount = in.readUnsignedShort();
            for (int i = 0; i < interfaceCount; i++) {
                interfaces.add(className(pool, in.readUnsignedShort()));
            }
            int fieldCount = in.readUnsignedShort();
            List<String> fields = new ArrayList<>(fieldCount);
            for (int i = 0; i < fieldCount; i++) {
                in.readUnsignedShort();
                fields.add((String) pool[in.readUnsignedShort()]);
                in.readUnsignedShort();
                skipAttributes(in);
            }
            List<Method> methods = readMethods(in, pool);
            return resolve(name, superName, List.copyOf(interfaces), pool, List.copyOf(fields), methods);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed class file: " + e.getMessage(), e);
        }
    }

    private static Object[] readPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> pool[i] = in.readUTF();
                case INTEGER, FLOAT -> in.readInt();
                case LONG, DOUBLE -> {
                    in.readLong();
                    i++; // eight-byte constants take two slots
                }
                case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> pool[i] = new Raw(tag, in.readUnsignedShort(), 0);
                case FIELD, METHOD, INTERFACE_METHOD, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC ->
                        pool[i] = new Raw(tag, in.readUnsignedShort(), in.readUnsignedShort());
                case METHOD_HANDLE -> pool[i] = new Raw(tag, in.readUnsignedByte(), in.readUnsignedShort());
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
            }
        }
        return pool;
    }

    private static List<Method> readMethods(DataInputStream in, Object[] pool) throws IOException {
        int count = in.readUnsignedShort();
        List<Method> methods = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            in.readUnsignedShort();
            String name = (String) pool[in.readUnsignedShort()];
            String descriptor = (String) pool[in.readUnsignedShort()];
            byte[] code = new byte[0];
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = (String) pool[in.readUnsignedShort()];
                int length = in.readInt();
                if ("Code".equals(attribute)) {
                    in.readUnsignedShort();
                    in.readUnsignedShort();
                    code = new byte[in.readInt()];
                    in.readFully(code);
                    skip(in, length - 8 - code.length);
                } else {
                    skip(in, length);
                }
            }
            methods.add(new Method(name, descriptor, code));
        }
        return methods;
    }

    private static ClassFile resolve(String name, String superName, List<String> interfaces, Object[] pool,
                                     List<String> fields, List<Method> methods) {
        List<String> classes = new ArrayList<>();
        List<MemberRef> members = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        for (int i = 1; i < pool.length; i++) {
            if (pool[i] instanceof Raw r) {
                switch (r.tag()) {
                    case CLASS -> classes.add((String) pool[r.a()]);
                    case STRING -> strings.add((String) pool[r.a()]);
                    case FIELD, METHOD, INTERFACE_METHOD -> members.add(member(pool, i));
                    default -> { } // name-and-type, handles, dynamic: they point at the entries checked here
                }
            }
        }
        return new ClassFile(name, superName, interfaces, List.copyOf(classes), List.copyOf(members),
                List.copyOf(strings), fields, List.copyOf(methods), pool);
    }

    /** The member reference at a pool index. */
    static MemberRef member(Object[] pool, int index) {
        Raw r = (Raw) pool[index];
        Raw nameAndType = (Raw) pool[r.b()];
        MemberRef.Kind kind = r.tag() == FIELD ? MemberRef.Kind.FIELD : MemberRef.Kind.METHOD;
        return new MemberRef(kind, className(pool, r.a()), (String) pool[nameAndType.a()],
                (String) pool[nameAndType.b()]);
    }

    /** The member a pool entry names, if it is a field or method reference. */
    MemberRef memberAt(int index) {
        if (index > 0 && index < pool.length && pool[index] instanceof Raw r
                && (r.tag() == FIELD || r.tag() == METHOD || r.tag() == INTERFACE_METHOD)) {
            return member(pool, index);
        }
        return null;
    }

    /** The class a pool entry names, if it is a class entry. */
    String classAt(int index) {
        if (index > 0 && index < pool.length && pool[index] instanceof Raw r && r.tag() == CLASS) {
            return (String) pool[r.a()];
        }
        return null;
    }

    /** True if the class declares the member: a field of its name, or a method of its name and descriptor. */
    boolean declares(MemberRef ref) {
        if (ref.kind() == MemberRef.Kind.FIELD) {
            return fields.contains(ref.name());
        }
        return methods.stream().anyMatch(m -> m.name().equals(ref.name()) && m.descriptor().equals(ref.descriptor()));
    }

    /** The string a pool entry holds, if it is a string constant. */
    String stringAt(int index) {
        if (index > 0 && index < pool.length && pool[index] instanceof Raw r && r.tag() == STRING) {
            return (String) pool[r.a()];
        }
        return null;
    }

    private static String className(Object[] pool, int index) {
        return (String) pool[((Raw) pool[index]).a()];
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            skip(in, in.readInt());
        }
    }

    private static void skip(DataInputStream in, int n) throws IOException {
        if (n < 0) {
            throw new IOException("negative length");
        }
        in.readFully(new byte[n]);
    }
}
