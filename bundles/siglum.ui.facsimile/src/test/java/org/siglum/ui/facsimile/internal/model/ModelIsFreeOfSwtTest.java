package org.siglum.ui.facsimile.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The view's model is unit-tested without a display, and stays so: no class of its package names SWT or JFace
 * (a class's constant pool names every class it uses).
 */
class ModelIsFreeOfSwtTest {

    @Test
    void noClassOfTheModelUsesSwtOrJface() throws IOException {
        Path classes = Path.of(Facsimile.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolve("org/siglum/ui/facsimile/internal/model");
        List<Path> files;
        try (Stream<Path> list = Files.list(classes)) {
            files = list.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : files) {
            String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(pool).as(file.getFileName().toString()).doesNotContain("org/eclipse/swt")
                    .doesNotContain("org/eclipse/jface");
        }
        // the check can see a class's use of SWT: the part that draws names it
        Path part = classes.getParent().resolve("FacsimileWidgets.class");
        assertThat(new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1)).contains("org/eclipse/swt");
    }
}
