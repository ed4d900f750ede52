/**
 * Validation of editions: well-formedness, RELAX NG grammars (Jing) and Schematron rules (SchXslt and Saxon), with
 * findings a scholar can act on, each at a file, line and column.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.siglum.validation;
