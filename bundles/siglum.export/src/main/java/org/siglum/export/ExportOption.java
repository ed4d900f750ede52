package org.siglum.export;

/**
 * An option of a format, e.g. {@code wit} for the witness a plain text export gives.
 *
 * @param name the option's name, as typed after {@code --} on the command line
 * @param description one line for help and dialogs
 * @param defaultValue the value when the request does not give one; null when the option is required
 */
public record ExportOption(String name, String description, String defaultValue) {
}
