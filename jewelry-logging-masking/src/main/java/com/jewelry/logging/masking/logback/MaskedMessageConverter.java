package com.jewelry.logging.masking.logback;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;

/**
 * {@code %maskedMsg} for plain-text patterns: the formatted message with sensitive values masked (default
 * policy) and line breaks escaped, so user input cannot forge a log line. Register with
 * {@code <conversionRule conversionWord="maskedMsg" class="com.jewelry.logging.masking.logback.MaskedMessageConverter"/>}.
 */
public class MaskedMessageConverter extends ClassicConverter {

    private Masker masker;

    @Override
    public void start() {
        masker = Masker.of(MaskingPolicy.defaults());
        masker.diagnostics().onFirstFailure(this::addWarn);
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        if (masker == null) {
            start();
        }
        return LineBreaks.escape(masker.maskText(event.getFormattedMessage()));
    }
}
