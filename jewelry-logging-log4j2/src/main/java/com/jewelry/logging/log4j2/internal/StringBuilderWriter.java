package com.jewelry.logging.log4j2.internal;

import java.io.Writer;

/** A writer into a given {@link StringBuilder}, so the generator writes straight into Log4j2's reusable buffer. */
public final class StringBuilderWriter extends Writer {

    private final StringBuilder target;

    public StringBuilderWriter(StringBuilder target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        target.append(chars, offset, length);
    }

    @Override
    public void write(int c) {
        target.append((char) c);
    }

    @Override
    public void write(String text, int offset, int length) {
        target.append(text, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence text) {
        target.append(text);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered here
    }

    @Override
    public void close() {
        // the builder belongs to the layout
    }
}
