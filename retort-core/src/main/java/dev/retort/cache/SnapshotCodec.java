package dev.retort.cache;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.DependencyGraph;
import dev.retort.catalog.ObjectId;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link CatalogSnapshot} as bytes and back. The catalog's records are walked by reflection (their components, in
 * declaration order), so a kind added to the catalog is encoded without a line here; what can be encoded is
 * closed: the records and enums reachable from {@link CatalogSnapshot}, strings, boxed numbers and booleans, lists,
 * sets and maps of those, and the {@link DependencyGraph} (as its edges). {@link #FINGERPRINT} hashes the shape of
 * every such record and enum: a file written by a build whose records differed is refused, never misread.
 *
 * <p>Strings are written once and referred to by number afterwards (schema, table and type names repeat across
 * thousands of objects).
 */
public final class SnapshotCodec {
    /** The shape of every encodable record and enum: names, component names and generic types, constants. */
    public static final String FINGERPRINT;
    private static final Map<String, Class<?>> ALLOWED = new HashMap<>();
    private static final Map<Class<?>, Shape> SHAPES = new HashMap<>();

    static {
        Set<Class<?>> reached = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        reach(CatalogSnapshot.class, reached);
        StringBuilder text = new StringBuilder();
        for (Class<?> c : reached) {
            ALLOWED.put(c.getName(), c);
            text.append(c.getName());
            if (c.isEnum()) {
                for (Object constant : c.getEnumConstants()) {
                    text.append(' ').append(((Enum<?>) constant).name());
                }
            } else if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    text.append(' ').append(rc.getName()).append(':').append(rc.getGenericType().getTypeName());
                }
                SHAPES.put(c, Shape.of(c));
            }
            text.append('\n');
        }
        FINGERPRINT = sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    // Value tags.
    private static final int NULL = 0;
    private static final int STRING_NEW = 1;
    private static final int STRING_REF = 2;
    private static final int TRUE = 3;
    private static final int FALSE = 4;
    private static final int INT = 5;
    private static final int LONG = 6;
    private static final int DOUBLE = 7;
    private static final int SHORT = 8;
    private static final int ENUM = 9;
    private static final int RECORD = 10;
    private static final int LIST = 11;
    private static final int SET = 12;
    private static final int SORTED_SET = 13;
    private static final int MAP = 14;
    private static final int SORTED_MAP = 15;
    private static final int GRAPH = 16;
    private static final int CLASS_NEW = 1;
    private static final int CLASS_REF = 2;

    private SnapshotCodec() {
    }

    /** Thrown for a type the codec cannot encode, or bytes that are not a snapshot this build wrote. */
    public static final class FormatException extends RuntimeException {
        FormatException(String message) {
            super(message);
        }

        FormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The snapshot as bytes, for {@link #read}. */
    public static byte[] write(CatalogSnapshot snapshot) {
        Sink out = new Sink();
        new Writer(out).value(snapshot);
        return out.bytes();
    }

    /** A growing byte array, written without the locking of the java.io streams (millions of small writes). */
    private static final class Sink {
        private byte[] bytes = new byte[1 << 16];
        private int size;

        private void room(int n) {
            if (size + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
        }

        void writeByte(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        void writeShort(int v) {
            room(2);
            bytes[size++] = (byte) (v >>> 8);
            bytes[size++] = (byte) v;
        }

        void writeInt(int v) {
            room(4);
            bytes[size++] = (byte) (v >>> 24);
            bytes[size++] = (byte) (v >>> 16);
            bytes[size++] = (byte) (v >>> 8);
            bytes[size++] = (byte) v;
        }

        void writeLong(long v) {
            writeInt((int) (v >>> 32));
            writeInt((int) v);
        }

        void writeDouble(double v) {
            writeLong(Double.doubleToLongBits(v));
        }

        void write(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        byte[] bytes() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }

    /** Reads a snapshot {@link #write} wrote, from {@code in}'s position. */
    public static CatalogSnapshot read(ByteBuffer in) throws IOException {
        Object value;
        try {
            value = new Reader(in).value();
        } catch (BufferUnderflowException e) {
            throw new FormatException("truncated", e);
        }
        if (!(value instanceof CatalogSnapshot snapshot)) {
            throw new FormatException("not a catalog snapshot");
        }
        return snapshot;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /** Collects the records and enums a snapshot can hold, refusing component types the codec cannot write. */
    private static void reach(Type type, Set<Class<?>> reached) {
        if (type instanceof ParameterizedType p) {
            reach(p.getRawType(), reached);
            for (Type argument : p.getActualTypeArguments()) {
                reach(argument, reached);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            throw new FormatException("cannot encode a component of type " + type);
        }
        if (c.isPrimitive() || c == String.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c == Double.class || c == Short.class || c == List.class || c == Set.class || c == SortedSet.class
                || c == Map.class || c == SortedMap.class || c == DependencyGraph.class) {
            if (c == DependencyGraph.class) {
                reach(ObjectId.class, reached);
            }
            return;
        }
        if (!reached.add(c)) {
            return;
        }
        if (c.isEnum()) {
            return;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                reach(rc.getGenericType(), reached);
            }
            return;
        }
        if (c.isInterface() && c.isSealed()) {
            reached.remove(c);
            for (Class<?> sub : c.getPermittedSubclasses()) {
                reach(sub, reached);
            }
            return;
        }
        throw new FormatException("cannot encode a component of type " + c.getName());
    }

    /** How one record class is taken apart and put back together. */
    private record Shape(Method[] accessors, Class<?>[] types, Constructor<?> constructor) {
        static Shape of(Class<?> c) {
            RecordComponent[] components = c.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = c.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                for (Method m : accessors) {
                    m.setAccessible(true);
                }
                return new Shape(accessors, types, constructor);
            } catch (NoSuchMethodException e) {
                throw new FormatException("no canonical constructor for " + c.getName(), e);
            }
        }
    }

    private static final class Writer {
        private final Sink out;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Map<Class<?>, Integer> classes = new HashMap<>();

        Writer(Sink out) {
            this.out = out;
        }

        void value(Object v) {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof Short s) {
                out.writeByte(SHORT);
                out.writeShort(s);
            } else if (v instanceof Enum<?> e) {
                out.writeByte(ENUM);
                type(e.getDeclaringClass());
                out.writeInt(e.ordinal());
            } else if (v instanceof Record r) {
                Shape shape = SHAPES.get(r.getClass());
                if (shape == null) {
                    throw new FormatException("cannot encode " + r.getClass().getName());
                }
                out.writeByte(RECORD);
                type(r.getClass());
                for (Method accessor : shape.accessors()) {
                    value(get(accessor, r));
                }
            } else if (v instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (v instanceof Set<?> set) {
                out.writeByte(set instanceof SortedSet<?> ? SORTED_SET : SET);
                out.writeInt(set.size());
                for (Object item : set) {
                    value(item);
                }
            } else if (v instanceof Map<?, ?> map) {
                out.writeByte(map instanceof SortedMap<?, ?> ? SORTED_MAP : MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (v instanceof DependencyGraph graph) {
                out.writeByte(GRAPH);
                value(graph.edges());
                value(graph.columnEdges());
            } else {
                throw new FormatException("cannot encode " + v.getClass().getName());
            }
        }

        private void string(String s) {
            Integer known = strings.get(s);
            if (known != null) {
                out.writeByte(STRING_REF);
                out.writeInt(known);
                return;
            }
            strings.put(s, strings.size());
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeByte(STRING_NEW);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private void type(Class<?> c) {
            Integer known = classes.get(c);
            if (known != null) {
                out.writeByte(CLASS_REF);
                out.writeInt(known);
                return;
            }
            classes.put(c, classes.size());
            out.writeByte(CLASS_NEW);
            string(c.getName());
        }

        private static Object get(Method accessor, Object target) {
            try {
                return accessor.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new FormatException("cannot read " + accessor, e);
            }
        }
    }

    private static final class Reader {
        private final ByteBuffer in;
        private final List<String> strings = new ArrayList<>();
        private final List<Class<?>> classes = new ArrayList<>();

        Reader(ByteBuffer in) {
            this.in = in;
        }

        Object value() throws IOException {
            int tag = Byte.toUnsignedInt(in.get());
            switch (tag) {
                case NULL:
                    return null;
                case STRING_NEW:
                case STRING_REF:
                    return string(tag);
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case INT:
                    return in.getInt();
                case LONG:
                    return in.getLong();
                case DOUBLE:
                    return in.getDouble();
                case SHORT:
                    return in.getShort();
                case ENUM: {
                    Class<?> c = type();
                    Object[] constants = c.getEnumConstants();
                    int ordinal = in.getInt();
                    if (constants == null || ordinal < 0 || ordinal >= constants.length) {
                        throw new FormatException("bad constant " + ordinal + " of " + c.getName());
                    }
                    return constants[ordinal];
                }
                case RECORD: {
                    Class<?> c = type();
                    Shape shape = SHAPES.get(c);
                    if (shape == null) {
                        throw new FormatException(c.getName() + " is not a record of the snapshot");
                    }
                    Object[] args = new Object[shape.types().length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = value();
                        Class<?> t = shape.types()[i];
                        if (t.isPrimitive() ? args[i] == null : args[i] != null && !t.isInstance(args[i])) {
                            throw new FormatException("bad component " + i + " of " + c.getName());
                        }
                    }
                    try {
                        return shape.constructor().newInstance(args);
                    } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                             | IllegalArgumentException e) {
                        throw new FormatException("cannot make a " + c.getName(), e);
                    }
                }
                case LIST: {
                    int n = size();
                    List<Object> list = new ArrayList<>(Math.min(n, in.remaining()));
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return Collections.unmodifiableList(list);
                }
                case SET:
                case SORTED_SET: {
                    int n = size();
                    Set<Object> set = tag == SET ? new LinkedHashSet<>() : new TreeSet<>();
                    for (int i = 0; i < n; i++) {
                        set.add(value());
                    }
                    return tag == SET ? Collections.unmodifiableSet(set)
                            : Collections.unmodifiableSortedSet((SortedSet<Object>) set);
                }
                case MAP:
                case SORTED_MAP: {
                    int n = size();
                    Map<Object, Object> map = tag == MAP ? new LinkedHashMap<>() : new TreeMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(value(), value());
                    }
                    return tag == MAP ? Collections.unmodifiableMap(map)
                            : Collections.unmodifiableSortedMap((SortedMap<Object, Object>) map);
                }
                case GRAPH:
                    return graph();
                default:
                    throw new FormatException("bad tag " + tag);
            }
        }

        @SuppressWarnings("unchecked")
        private DependencyGraph graph() throws IOException {
            Object edges = value();
            Object columns = value();
            if (!(edges instanceof Map<?, ?> e) || !(columns instanceof Map<?, ?> c)) {
                throw new FormatException("bad dependency graph");
            }
            e.forEach((from, tos) -> {
                if (!(from instanceof ObjectId) || !(tos instanceof SortedSet<?> set)
                        || !set.stream().allMatch(ObjectId.class::isInstance) || set.contains(from)) {
                    throw new FormatException("bad dependency graph edge of " + from);
                }
            });
            c.forEach((relation, byColumn) -> {
                if (!(relation instanceof ObjectId) || !(byColumn instanceof Map<?, ?> m)
                        || !m.entrySet().stream().allMatch(x -> x.getKey() instanceof String
                        && x.getValue() instanceof SortedSet<?> set && set.stream().allMatch(ObjectId.class::isInstance))) {
                    throw new FormatException("bad column edge of " + relation);
                }
            });
            return DependencyGraph.of((Map<ObjectId, SortedSet<ObjectId>>) e,
                    (Map<ObjectId, Map<String, SortedSet<ObjectId>>>) c);
        }

        private int size() throws IOException {
            int n = in.getInt();
            if (n < 0) {
                throw new FormatException("bad size " + n);
            }
            return n;
        }

        private String string(int tag) throws IOException {
            if (tag == STRING_REF) {
                int i = in.getInt();
                if (i < 0 || i >= strings.size()) {
                    throw new FormatException("bad string reference " + i);
                }
                return strings.get(i);
            }
            int n = size();
            if (n > in.remaining()) {
                throw new FormatException("truncated string");
            }
            String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
            in.position(in.position() + n);
            strings.add(s);
            return s;
        }

        private Class<?> type() throws IOException {
            int tag = Byte.toUnsignedInt(in.get());
            if (tag == CLASS_REF) {
                int i = in.getInt();
                if (i < 0 || i >= classes.size()) {
                    throw new FormatException("bad class reference " + i);
                }
                return classes.get(i);
            }
            if (tag != CLASS_NEW) {
                throw new FormatException("bad class tag " + tag);
            }
            Object name = value();
            Class<?> c = name instanceof String s ? ALLOWED.get(s) : null;
            if (c == null) {
                throw new FormatException("not a type of the snapshot: " + name);
            }
            classes.add(c);
            return c;
        }
    }
}
