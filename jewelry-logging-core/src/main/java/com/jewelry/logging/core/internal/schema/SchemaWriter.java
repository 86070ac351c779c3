package com.jewelry.logging.core.internal.schema;

import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.EventCatalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Build step: writes the envelope and the built-in catalogue's event schemas into the classes directory, so they ship in the core jar. */
public final class SchemaWriter {

    private SchemaWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaWriter <classes-directory>");
        }
        Path classes = Path.of(args[0]);
        write(classes.resolve(EventSchemas.envelopeResourceName()), EventSchemas.toJson(EventSchemas.envelope()));
        for (EventType<?> type : EventCatalogue.builtIn().types()) {
            write(classes.resolve(EventSchemas.resourceName(type)), EventSchemas.toJson(EventSchemas.forType(type)));
        }
    }

    private static void write(Path file, String json) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }
}
