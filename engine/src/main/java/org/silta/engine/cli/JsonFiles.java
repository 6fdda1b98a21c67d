package org.silta.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading an instance file and writing a result file, as the engine's file contracts say. */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonFiles() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The file's JSON tree; malformed or unreadable input is an {@link InputError}. */
    public static JsonNode read(Path file) {
        try {
            var tree = MAPPER.readTree(Files.readString(file));
            if (tree == null || !tree.isObject()) {
                throw new InputError(file, "(document)", null, "expected a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw new InputError(file, "(file)", null, "cannot be read: " + e.getMessage());
        } catch (JacksonException e) {
            throw new InputError(file, "(json)", null, "malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
    }

    /**
     * Writes the result whole or not at all: a reader never sees half a file. The file is
     * readable by everyone (rw-r--r--), like any file a command writes, not private as a
     * temporary file starts out.
     */
    public static void write(Path file, Object result) throws IOException {
        var absolute = file.toAbsolutePath();
        var temporary = Files.createTempFile(absolute.getParent(), ".silta-", ".json");
        try {
            MAPPER.writeValue(temporary.toFile(), result);
            if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
