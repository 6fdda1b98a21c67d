package org.silta.engine.cli;

import java.nio.file.Path;

/**
 * Bad input to an engine subcommand. Its message is the one line the file contracts ask for:
 * the file, the field and the id.
 */
public final class InputError extends RuntimeException {

    public InputError(Path file, String field, String id, String problem) {
        super(file + ": " + field + (id == null || id.isEmpty() ? "" : " of " + id) + ": " + problem);
    }
}
