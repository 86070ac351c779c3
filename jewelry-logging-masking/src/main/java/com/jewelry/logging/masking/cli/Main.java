package com.jewelry.logging.masking.cli;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The scrubber for logs written before masking existed:
 * {@code java -jar jewelry-logging-masking-<version>.jar < in.log > out.log}. Default policy; needs the JDK only.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        if (args.length > 0) {
            String usage = "Usage: java -jar jewelry-logging-masking.jar < in.log > out.log\n"
                    + "Masks personal data and secrets in every line: JSON lines field by field, other lines as"
                    + " text. One output line per input line.\n";
            out.write(usage.getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.exit(args[0].equals("-h") || args[0].equals("--help") ? 0 : 2);
            return;
        }
        new Scrubber(Masker.of(MaskingPolicy.defaults()))
                .run(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16), out);
    }
}
