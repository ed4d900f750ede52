/**
 * Schema-driven editing help: which elements, attributes and attribute values our TEI customisation allows at a place
 * in the text, as proposals an editor can insert. docs/decisions/0028.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.siglum.validation.assist;
