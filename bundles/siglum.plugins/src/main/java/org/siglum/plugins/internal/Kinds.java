package org.siglum.plugins.internal;

import java.util.Map;

/**
 * The kinds of service a user knows by name: export formats, commands, views. Named by their interfaces' names, since
 * they live in floors above this bundle.
 */
final class Kinds {

    private record Kind(String word, String nameProperty, String nameMethod) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "org.siglum.export.Exporter", new Kind("format", null, "id"),
            "org.siglum.cli.Command", new Kind("command", null, "name"),
            "org.siglum.ui.api.ViewContribution", new Kind("view", null, "id"),
            "org.siglum.ui.api.CommandContribution", new Kind("window-command", null, "id"),
            "org.siglum.ui.api.CommandHandler", new Kind("window-handler", "siglum.command", null),
            "org.siglum.launcher.api.Application", new Kind("application", "siglum.application", null));

    private Kinds() {
    }

    static String kind(String type) {
        Kind kind = KINDS.get(type);
        return kind == null ? "service" : kind.word();
    }

    static String nameProperty(String type) {
        Kind kind = KINDS.get(type);
        return kind == null ? null : kind.nameProperty();
    }

    static String nameMethod(String type) {
        Kind kind = KINDS.get(type);
        return kind == null ? null : kind.nameMethod();
    }
}
