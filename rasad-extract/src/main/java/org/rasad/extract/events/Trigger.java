package org.rasad.extract.events;

import java.util.List;
import org.rasad.core.EventType;

/**
 * One lexicon entry: an event type/mode and how its arguments are found.
 *
 * @param words  folded words; the first is the anchor, the rest must follow within a few tokens
 * @param flags  {@code 2} two distinct actors needed, {@code D} a date needed, {@code M} meeting reference, {@code N} noun
 */
public record Trigger(EventType type, String mode, Frame frame, double weight, String flags, List<String> words) {
    public enum Frame { DIR, HOST, FROM, MEET, JOINT, VISIT }

    public Trigger {
        words = List.copyOf(words);
        mode = mode == null || mode.isEmpty() ? null : mode;
    }

    public boolean needsTwo() {
        return flags.indexOf('2') >= 0;
    }

    public boolean needsDate() {
        return flags.indexOf('D') >= 0;
    }

    public boolean meetingRef() {
        return flags.indexOf('M') >= 0;
    }

    public boolean noun() {
        return flags.indexOf('N') >= 0;
    }
}
