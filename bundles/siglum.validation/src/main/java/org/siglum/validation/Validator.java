package org.siglum.validation;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.siglum.core.EditionDocument;

/**
 * Validates editions against our TEI customisation, the full TEI or any RELAX NG or Schematron schema. Compiled schemas
 * are cached, so the second validation against a schema costs only the run.
 *
 * <p>Well-formedness comes first: a document that is not well-formed gets its well-formedness problems only, and never
 * reaches the grammar or the rules. Findings are in document order within each check (well-formedness, grammar,
 * rules).
 */
@ProviderType
public interface Validator {

    /**
     * Validates a document as it is now (its text, not the file on disk).
     *
     * @throws ValidationException when the schema cannot be read or compiled
     */
    List<Finding> validate(EditionDocument document, SchemaChoice schema) throws ValidationException;

    /**
     * Reads a file with the core (strict decoding, safe parsing) and validates it.
     *
     * @throws ValidationException when the file or the schema cannot be read
     */
    List<Finding> validate(Path file, SchemaChoice schema) throws ValidationException;
}
