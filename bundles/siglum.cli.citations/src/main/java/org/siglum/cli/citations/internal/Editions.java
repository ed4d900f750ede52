package org.siglum.cli.citations.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.core.EditionDocument;
import org.siglum.core.Problem;

/** Reading editions and files for the citation commands. */
final class Editions {
    private Editions() {
    }

    static EditionDocument read(CommandContext context, String name) throws CommandException {
        EditionDocument document = context.readEdition(name);
        for (Problem p : document.problems()) {
            if (p.isError()) {
                throw new CommandException(name + ":" + p.line() + ":" + p.column() + ": " + p.message());
            }
        }
        return document;
    }

    static String readText(CommandContext context, String name) throws CommandException {
        Path file = context.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new CommandException(name + ": no such file");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CommandException(name + ":1:1: not UTF-8 text");
        } catch (IOException e) {
            throw new CommandException(name + ": cannot be read: " + e.getMessage());
        }
    }

    static void save(EditionDocument document, String name) throws CommandException {
        try {
            document.save();
        } catch (IOException e) {
            throw new CommandException(name + ": cannot be saved: " + e.getMessage(), 2, e);
        }
    }

    static String one(String command, java.util.List<String> positionals, String usage) throws CommandException {
        if (positionals.size() != 1) {
            throw new CommandException(command + ": " + (positionals.isEmpty() ? "no file given" : "one file, please")
                    + " (" + usage + ")");
        }
        return positionals.get(0);
    }
}
