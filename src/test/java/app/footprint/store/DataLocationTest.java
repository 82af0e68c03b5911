package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataLocationTest {

    @Test
    void footprintHomeWinsEverywhere() {
        assertThat(DataLocation.dataFolder(Map.of("FOOTPRINT_HOME", "/data/fp", "XDG_DATA_HOME", "/x"), "Linux", "/home/jana"))
                .isEqualTo(Path.of("/data/fp"));
    }

    @Test
    void linuxFollowsXdgAndFallsBackToLocalShare() {
        assertThat(DataLocation.dataFolder(Map.of("XDG_DATA_HOME", "/home/jana/.data"), "Linux", "/home/jana"))
                .isEqualTo(Path.of("/home/jana/.data/footprint"));
        assertThat(DataLocation.dataFolder(Map.of(), "Linux", "/home/jana"))
                .isEqualTo(Path.of("/home/jana/.local/share/footprint"));
        assertThat(DataLocation.dataFolder(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", "/home/jana"))
                .as("a relative XDG_DATA_HOME is invalid and ignored")
                .isEqualTo(Path.of("/home/jana/.local/share/footprint"));
    }

    @Test
    void windowsUsesAppDataAndMacApplicationSupport() {
        assertThat(DataLocation.dataFolder(Map.of("APPDATA", "/c/Users/jana/AppData/Roaming"), "Windows 11", "/c/Users/jana"))
                .isEqualTo(Path.of("/c/Users/jana/AppData/Roaming/Footprint"));
        assertThat(DataLocation.dataFolder(Map.of(), "Mac OS X", "/Users/jana"))
                .isEqualTo(Path.of("/Users/jana/Library/Application Support/Footprint"));
    }
}
