package org.siglum.ui.workbench.internal.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconThemeTest {

    @TempDir
    Path dir;

    @Test
    void theSymbolicIconOfTheFirstThemeIsTakenThenOthers() throws IOException {
        Path user = dir.resolve("user/icons");
        Path system = dir.resolve("system/icons");
        Path symbolic = touch(system.resolve("Adwaita/16x16/actions/document-save-symbolic.symbolic.png"));
        touch(system.resolve("Adwaita/16x16/actions/document-save.png"));
        Path hicolor = touch(user.resolve("hicolor/24x24/apps/siglum-proof.png"));
        IconTheme theme = new IconTheme(List.of(user, system));

        assertThat(theme.find("document-save", 16)).contains(symbolic);
        assertThat(theme.find("siglum-proof", 16)).as("another size and theme").contains(hicolor);
        assertThat(theme.find("no-such-icon", 16)).isEmpty();
        assertThat(theme.find("../etc/passwd", 16)).as("a name is a name, not a path").isEmpty();
    }

    @Test
    void theDesktopsFoldersComeFromXdgVariables() throws IOException {
        Path data = dir.resolve("data");
        Path icon = touch(data.resolve("icons/Adwaita/16x16/legacy/edit-undo.png"));
        Map<String, String> env = Map.of("XDG_DATA_DIRS", data.toString(), "XDG_DATA_HOME",
                dir.resolve("nothing").toString());

        assertThat(IconTheme.ofDesktop(env::get).find("edit-undo", 16)).contains(icon);
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[] {1});
    }
}
