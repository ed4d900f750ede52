package org.siglum.core.internal;

/** A general entity declared in the DOCTYPE's internal subset. */
final class Entity {
    final String name;
    /** Replacement text (character references already expanded); null for an external entity. */
    final String value;
    final String systemId;
    final String publicId;
    final String notation;

    // Computed once, on first reference (see Source#measure).
    int state; // 0 unmeasured, 1 measuring, 2 measured
    long length; // characters in the full expansion, saturated
    int height; // 1 + deepest nested reference
    boolean recursive;
    boolean containsLt;
    boolean refersToExternal;
    String undeclared; // first undeclared entity its replacement refers to

    Entity(String name, String value, String systemId, String publicId, String notation) {
        this.name = name;
        this.value = value;
        this.systemId = systemId;
        this.publicId = publicId;
        this.notation = notation;
    }

    boolean external() {
        return value == null;
    }
}
