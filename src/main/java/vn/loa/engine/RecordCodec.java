package vn.loa.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Loa's own values to the build cache and reads them back: records component by component
 * (rebuilt through their canonical constructor, which checks them again), lists, maps in their
 * order, strings, numbers, booleans, dates, times, paths and enums. Only records and enums of Loa's
 * own packages are read back, so a cache file can never make the reader build any other class.
 * One codec serves one file: a class is named the first time it appears, then by number.
 */
final class RecordCodec {

    private static final String OWN = "vn.loa.";

    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, BOOLEAN = 4, DOUBLE = 5, DATE = 6, DATE_TIME = 7,
            TIME = 8, PATH = 9, LIST = 10, MAP = 11, RECORD = 12, ENUM = 13, BIG_INTEGER = 14, BIG_DECIMAL = 15,
            MONTH_DAY = 16, ZONE = 17;

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return new Shape(accessors, types, c);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    private record Shape(Method[] accessors, Class<?>[] types, Constructor<?> constructor) {
    }

    private final Map<Class<?>, Integer> written = new HashMap<>();
    private final List<Class<?>> read = new ArrayList<>();

    void write(DataOutput out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (v instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (v instanceof LocalDateTime d) {
            out.writeByte(DATE_TIME);
            out.writeLong(d.toLocalDate().toEpochDay());
            out.writeLong(d.toLocalTime().toNanoOfDay());
        } else if (v instanceof LocalTime t) {
            out.writeByte(TIME);
            out.writeLong(t.toNanoOfDay());
        } else if (v instanceof Path p) {
            out.writeByte(PATH);
            writeString(out, p.toString());
        } else if (v instanceof BigInteger b) {
            out.writeByte(BIG_INTEGER);
            writeString(out, b.toString());
        } else if (v instanceof BigDecimal b) {
            out.writeByte(BIG_DECIMAL);
            writeString(out, b.toString());
        } else if (v instanceof MonthDay m) {
            out.writeByte(MONTH_DAY);
            out.writeByte(m.getMonthValue());
            out.writeByte(m.getDayOfMonth());
        } else if (v instanceof ZoneId z) {
            out.writeByte(ZONE);
            writeString(out, z.getId());
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object o : list) {
                write(out, o);
            }
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else if (v instanceof Enum<?> e) {
            out.writeByte(ENUM);
            writeClass(out, e.getDeclaringClass());
            writeString(out, e.name());
        } else if (v.getClass().isRecord()) {
            out.writeByte(RECORD);
            writeClass(out, v.getClass());
            for (Method m : SHAPES.get(v.getClass()).accessors()) {
                try {
                    write(out, m.invoke(v));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            throw new IllegalArgumentException("the build cache cannot keep a " + v.getClass().getName());
        }
    }

    Object read(DataInput in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(in);
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case BOOLEAN -> in.readBoolean();
            case DOUBLE -> in.readDouble();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case DATE_TIME -> LocalDateTime.of(LocalDate.ofEpochDay(in.readLong()), LocalTime.ofNanoOfDay(in.readLong()));
            case TIME -> LocalTime.ofNanoOfDay(in.readLong());
            case PATH -> Path.of(readString(in));
            case BIG_INTEGER -> new BigInteger(readString(in));
            case BIG_DECIMAL -> new BigDecimal(readString(in));
            case MONTH_DAY -> MonthDay.of(in.readByte(), in.readByte());
            case ZONE -> ZoneId.of(readString(in));
            case LIST -> {
                int n = size(in);
                List<Object> list = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    list.add(read(in));
                }
                yield list;
            }
            case MAP -> {
                int n = size(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(read(in), read(in));
                }
                yield map;
            }
            case ENUM -> {
                Class<?> type = readClass(in);
                if (!type.isEnum()) {
                    throw new IOException("not an enum: " + type.getName());
                }
                String name = readString(in);
                for (Object c : type.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(name)) {
                        yield c;
                    }
                }
                throw new IOException("no constant " + name + " in " + type.getName());
            }
            case RECORD -> {
                Class<?> type = readClass(in);
                if (!type.isRecord()) {
                    throw new IOException("not a record: " + type.getName());
                }
                Shape shape = SHAPES.get(type);
                Object[] args = new Object[shape.types().length];
                for (int i = 0; i < args.length; i++) {
                    Object v = read(in);
                    Class<?> t = shape.types()[i];
                    if (t.isPrimitive() && v == null) {
                        throw new IOException("null for a " + t + " in " + type.getName());
                    }
                    args[i] = v;
                }
                try {
                    yield shape.constructor().newInstance(args);
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    throw new IOException("cannot rebuild a " + type.getName() + ": " + e, e);
                }
            }
            default -> throw new IOException("unknown tag " + tag);
        };
    }

    private void writeClass(DataOutput out, Class<?> type) throws IOException {
        Integer n = written.get(type);
        if (n != null) {
            out.writeInt(n);
        } else {
            out.writeInt(-1);
            writeString(out, type.getName());
            written.put(type, written.size());
        }
    }

    private Class<?> readClass(DataInput in) throws IOException {
        int n = in.readInt();
        if (n >= 0) {
            if (n >= read.size()) {
                throw new IOException("class number " + n + " not named before");
            }
            return read.get(n);
        }
        String name = readString(in);
        if (!name.startsWith(OWN)) {
            throw new IOException("a class outside Loa: " + name);
        }
        try {
            Class<?> type = Class.forName(name, false, RecordCodec.class.getClassLoader());
            read.add(type);
            return type;
        } catch (ClassNotFoundException e) {
            throw new IOException("no class " + name, e);
        }
    }

    /** A string as its length in bytes and its UTF-8 bytes (no length limit, unlike writeUTF). */
    static void writeString(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInput in) throws IOException {
        if (in instanceof CacheInput c) {
            return c.utf8(size(in));
        }
        byte[] b = new byte[size(in)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int size(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 256 * 1024 * 1024) {
            throw new IOException("bad size " + n);
        }
        return n;
    }
}
