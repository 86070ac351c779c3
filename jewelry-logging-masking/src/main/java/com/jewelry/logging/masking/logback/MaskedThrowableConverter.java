package com.jewelry.logging.masking.logback;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;

/**
 * {@code %maskedEx} for plain-text patterns: the stack trace with sensitive values in exception messages
 * masked. Register with
 * {@code <conversionRule conversionWord="maskedEx" class="com.jewelry.logging.masking.logback.MaskedThrowableConverter"/>}.
 */
public class MaskedThrowableConverter extends ThrowableProxyConverter {

    private final Masker masker = Masker.of(MaskingPolicy.defaults());

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return masker.maskText(super.throwableProxyToString(tp));
    }
}
