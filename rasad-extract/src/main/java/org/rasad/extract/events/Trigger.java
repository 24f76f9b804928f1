package org.rasad.extract.events;

import java.util.List;
import org.rasad.core.EventType;

/**
 * One lexicon entry: an event type/mode and how its arguments are found.
 *
 * @param words  folded words; the first is the anchor, the rest must follow within a few tokens
 * @param flags  {@code 2} two distinct actors needed, {@code D} a date needed, {@code M} meeting reference, {@code N} noun,
 *               {@code V} armed violence needed nearby (words such as استهدف that also mean "aim at"),
 *               {@code A} an armed attack when violence is nearby ("هاجم" attacks with words or with arms),
 *               {@code S} only with a future prefix, as a threat ("سنرد على"),
 *               {@code W} the direct object is a topic, the partner comes with مع ("بحث X مع Y"),
 *               {@code T} words of a terrorism listing needed in the sentence (صنف also means "classify"),
 *               {@code n} the form is a noun (a masdar such as دعوة), set by the lexicon for forms not written V:,
 *               {@code 1} one known party is enough (a condemned attack by unknown perpetrators)
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

    public boolean needsViolence() {
        return flags.indexOf('V') >= 0;
    }

    public boolean needsTerrorList() {
        return flags.indexOf('T') >= 0;
    }

    public boolean oneParty() {
        return flags.indexOf('1') >= 0;
    }

    public boolean topicObject() {
        return flags.indexOf('W') >= 0;
    }

    public boolean nounForm() {
        return flags.indexOf('n') >= 0;
    }

    public boolean futureOnly() {
        return flags.indexOf('S') >= 0;
    }

    public boolean armedWhenViolent() {
        return flags.indexOf('A') >= 0;
    }

    /** The same words read as an armed attack. */
    public Trigger asAssault() {
        return new Trigger(EventType.ASSAULT, null, frame, weight, flags.replace("A", ""), words);
    }

    /** This trigger with one more flag. */
    public Trigger withFlag(char flag) {
        return flags.indexOf(flag) >= 0 ? this : new Trigger(type, mode, frame, weight, flags + flag, words);
    }

    public boolean noun() {
        return flags.indexOf('N') >= 0;
    }
}
