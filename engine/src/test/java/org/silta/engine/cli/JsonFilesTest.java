package org.silta.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilesTest {

    @TempDir
    Path directory;

    @Test
    void aResultFileIsReadableByOthersAndNoTemporaryFileIsLeft() throws Exception {
        var result = directory.resolve("result.json");

        JsonFiles.write(result, Map.of("recommendations", java.util.List.of()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(result))).isEqualTo("rw-r--r--");
        assertThat(JsonFiles.read(result).has("recommendations")).isTrue();
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(result);
        }
    }

    @Test
    void rewritingAResultReplacesItWhole() throws Exception {
        var result = directory.resolve("result.json");
        Files.writeString(result, "{\"old\": true, \"padding\": \"" + "x".repeat(1000) + "\"}");

        JsonFiles.write(result, Map.of("new", true));

        assertThat(JsonFiles.read(result).has("old")).isFalse();
        assertThat(JsonFiles.read(result).get("new").asBoolean()).isTrue();
    }
}
