package com.jewelry.logging.masking.cli;

import com.jewelry.logging.masking.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A log file as found on a server: JSON lines, text lines, broken JSON, junk bytes, CRLF, no final newline. */
final class MixedLog {

    static final String CARD = Fixtures.card();

    /** Raw values that must not survive. */
    static final List<String> RAW = List.of(Fixtures.email(), Fixtures.phonePlus(), CARD, Fixtures.address(),
            Fixtures.secret(), Fixtures.jwt(), Fixtures.fullName());

    private MixedLog() {
    }

    static byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, "{\"@timestamp\":\"2026-11-25T10:15:30.123Z\",\"message\":\"Order ORD-2026-000123 created for "
                + Fixtures.email() + "\",\"customerId\":\"C-10042\",\"deliveryAddress\":{\"line\":\""
                + Fixtures.address() + "\",\"flat\":12},\"items\":[{\"sku\":\"RING-AU585-17\",\"price\":12500.00}],"
                + "\"cardNumber\":" + CARD + ",\"fullName\":\"" + Fixtures.fullName() + "\"}");
        line(out, "2026-11-25 10:15:31 INFO OrderService - call " + Fixtures.phonePlus() + " about ORD-2026-000124");
        line(out, "{\"broken\": \"json with " + Fixtures.email() + "\"");
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3, 'p', 'a', 's', 's', 'w', 'o', 'r',
            'd', '='});
        out.writeBytes(Fixtures.secret().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        line(out, "");
        out.writeBytes(("windows line with token " + Fixtures.jwt() + "\r\n").getBytes(StandardCharsets.UTF_8));
        line(out, "[{\"email\":\"" + Fixtures.email() + "\"},\"trace 4bf92f3577b34da6a3ce929d0e0e4736\"]");
        out.writeBytes(("last line without newline, keep P-77 and " + Fixtures.luhnFailing16())
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static final int LINES = 8;

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
