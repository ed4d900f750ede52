/**
 * Thai text as OCR gives it: classes of Thai characters, the script of any letter, the rules of Thai spelling that a
 * printed word cannot break, and ICU dictionary word tokens with their offsets. Plain functions over strings.
 */
@Export
@Version("1.0.0")
package org.siglum.thai;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
