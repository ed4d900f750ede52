package org.siglum.citations.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Indented JSON for maps, lists, strings and numbers. */
final class JsonWriter {
    private JsonWriter() {
    }

    static String write(Object value, int indent) {
        StringBuilder out = new StringBuilder("  ".repeat(indent));
        write(out, value, indent);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                out.append("  ".repeat(indent + 1));
                write(out, String.valueOf(e.getKey()), indent + 1);
                out.append(": ");
                write(out, e.getValue(), indent + 1);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append('}');
        } else if (value instanceof List<?> list) {
            boolean simple = list.stream().noneMatch(o -> o instanceof Map || o instanceof List<?> l && l.size() > 3);
            if (simple) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    write(out, list.get(i), indent);
                    if (i + 1 < list.size()) {
                        out.append(", ");
                    }
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append("  ".repeat(indent + 1));
                write(out, list.get(i), indent + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append(']');
        } else {
            throw new IllegalArgumentException(value.getClass().getName());
        }
    }
}
