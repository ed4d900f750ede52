package org.siglum.witness.internal;

/** The five predefined entities and character references. */
final class Entities {
    private Entities() {
    }

    /** The text of {@code &name;}, or null for an entity that is not predefined. */
    static String decode(String name) {
        switch (name) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            default:
        }
        try {
            if (name.startsWith("#x")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
