package com.jewelry.logging.test;

/**
 * The entry point of the kit's AssertJ assertions; import it statically next to AssertJ's own:
 * <pre>{@code
 * import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
 *
 * assertThat(logs).hasEvent("order.created").withOrderNumber("ORD-2026-000123").withSystem(SystemName.SHOP);
 * assertThat(logs).containsNoPersonalData().allLinesMatchSchemas();
 * }</pre>
 */
public final class JewelryLogAssertions {

    private JewelryLogAssertions() {
    }

    public static CapturedLogsAssert assertThat(CapturedLogs actual) {
        return new CapturedLogsAssert(actual);
    }
}
