package org.siglum.validation.assist;

import java.util.List;

/**
 * An attribute the grammar allows on an element.
 *
 * @param name its name as written, for example {@code wit} or {@code xml:id}
 * @param required whether every such element must have it
 * @param values the closed list of values it takes, in the grammar's order; empty when its values are open (data)
 */
public record AttributeSpec(String name, boolean required, List<String> values) {

    public AttributeSpec {
        values = List.copyOf(values);
    }
}
