/**
 * Citations: the footnotes of an edition ({@link org.siglum.citations.NoteService}), its bibliography as TEI
 * {@code biblStruct}s with BibTeX and CSL-JSON import and export ({@link org.siglum.citations.BibliographyService}),
 * and formatting in CSL styles ({@link org.siglum.citations.CitationFormatter}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.siglum.citations;
