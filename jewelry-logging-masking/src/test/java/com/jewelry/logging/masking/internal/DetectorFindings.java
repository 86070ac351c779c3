package com.jewelry.logging.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.ArrayList;
import java.util.List;

/** What a detector pass reports on a text, as the substrings it covered, each checked for kind and bounds. */
final class DetectorFindings {

    /** A detector that makes its own pass over a text ({@code PersonNames::find}, {@code StreetAddresses::find}). */
    interface Pass {
        void find(CharSequence text, FindingSink sink);
    }

    private DetectorFindings() {
    }

    static List<String> of(Pass pass, SensitiveKind kind, CharSequence text) {
        List<String> out = new ArrayList<>();
        pass.find(text, (found, start, end) -> {
            assertThat(found).isEqualTo(kind);
            assertThat(start).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(text.length());
            out.add(text.subSequence(start, end).toString());
        });
        return out;
    }
}
