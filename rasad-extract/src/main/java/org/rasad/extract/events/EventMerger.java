package org.rasad.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;
import org.rasad.core.Location;
import org.rasad.core.Mention;
import org.rasad.core.Modality;
import org.rasad.core.Span;
import org.rasad.core.TimeExpr;

/**
 * Turns candidates of one article (segment) into events: one event per happening. Party words
 * ("الجانبان") take the actors in context; meeting references and statements made at a meeting fold into
 * the meeting; candidates with the same type and actor codes merge, keeping all their evidence.
 * Pure function of its inputs.
 */
public final class EventMerger {
    private static final Set<EventType> FOLDABLE = Set.of(EventType.SUPPORT, EventType.REQUEST, EventType.REJECT,
            EventType.AGREE);
    private static final int CONTEXT_SENTENCES = 6;
    /** Acts that need no recipient (PLOVER requires_recipient false and usually stated without one). */
    private static final Set<EventType> ONE_SIDED = Set.of(EventType.MOBILIZE);
    /** Types that need two different actors: a state does not meet, agree with or help itself. */
    private static final Set<EventType> COOPERATIVE = Set.of(EventType.CONSULT, EventType.AGREE, EventType.SUPPORT,
            EventType.COOPERATE, EventType.AID, EventType.REQUEST, EventType.CONCEDE, EventType.REJECT);
    private static final int MAX_EVIDENCE = 6;

    private EventMerger() {
    }

    /** A group of candidates that became one event. */
    private record Group(EventType type, Set<String> codes, List<Candidate> members) {
    }

    /**
     * @param anchor the segment's date (publication date), or null
     */
    public static List<Event> merge(String docId, String original, List<Candidate> candidates, LocalDate anchor) {
        return merge(docId, original, candidates, anchor, null);
    }

    /**
     * @param anchor the segment's date (publication date), or null
     * @param lead   the day the report's lead gives ({@link LeadDate}), for events stated without date words; or null
     */
    public static List<Event> merge(String docId, String original, List<Candidate> candidates, LocalDate anchor,
                                    TimeExpr lead) {
        List<Candidate> resolved = new ArrayList<>();
        List<Mention> context = List.of();
        int contextSentence = -100;
        for (Candidate c : candidates) {
            Candidate r = resolveParties(c, context, c.sentence() - contextSentence <= CONTEXT_SENTENCES);
            if (r.codes().isEmpty() && r.trigger().type() == EventType.AGREE
                && c.sentence() - contextSentence <= 2 && context.size() >= 2) {
                r = r.withRoles(context, List.of());
            }
            if (r.codes().size() >= 2) {
                List<Mention> ctx = new ArrayList<>(r.source());
                ctx.addAll(r.target());
                context = List.copyOf(ctx);
                contextSentence = c.sentence();
            }
            resolved.add(placeAsTarget(orient(r)));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Group lastConsult = null;
        for (Candidate c : resolved) {
            Set<String> codes = c.codes();
            EventType type = c.trigger().type();
            boolean two = c.trigger().needsTwo() || type == EventType.CONSULT || type == EventType.AGREE;
            if (type == EventType.CONSULT && codes.size() < 2) {
                if (lastConsult != null && c.sentence() - lastSentence(lastConsult) <= CONTEXT_SENTENCES
                    && lastConsult.codes().containsAll(codes)) {
                    lastConsult.members().add(c);
                }
                continue;
            }
            boolean joint = c.trigger().frame() == Trigger.Frame.JOINT
                            || c.target().isEmpty() && codes.size() >= 2 && c.trigger().frame() == Trigger.Frame.MEET;
            boolean sides = c.source().stream().anyMatch(x -> x.code() != null)
                            && c.target().stream().anyMatch(x -> x.code() != null);
            boolean oneSided = ONE_SIDED.contains(type) && c.source().stream().anyMatch(x -> x.code() != null)
                               || c.trigger().oneParty() && !codes.isEmpty();
            if (codes.isEmpty() || two && codes.size() < 2 || !(sides || oneSided || joint && codes.size() >= 2)
                || codes.size() < 2 && COOPERATIVE.contains(type)) {
                continue;
            }
            String key = type + "|" + String.join("+", codes);
            // an agreement of parties that already have one in this report is that agreement, not a statement
            // made at the meeting ("ضمن اتفاقية الإطار التي عقدت بين الجانبين في 2008")
            boolean knownAgreement = type == EventType.AGREE && groups.containsKey(key);
            if (FOLDABLE.contains(type) && lastConsult != null && lastConsult.codes().containsAll(codes) && !knownAgreement
                && lastConsult.members().stream().anyMatch(m -> m.sentence() == c.sentence())) {
                lastConsult.members().add(c);
                continue;
            }
            Group g = groups.computeIfAbsent(key, k -> new Group(type, codes, new ArrayList<>()));
            g.members().add(c);
            if (type == EventType.CONSULT) {
                lastConsult = g;
            }
        }
        foldIntoMeetings(groups);
        List<Event> out = new ArrayList<>();
        for (Group g : groups.values()) {
            out.add(toEvent(docId, original, g, anchor, lead));
        }
        out.sort(Comparator.comparingInt(e -> e.evidence().getFirst().start()));
        return out;
    }

    /** Statements at a meeting (same sentences, same actors) fold into the meeting (annotation rule 1). */
    private static void foldIntoMeetings(Map<String, Group> groups) {
        List<Group> meetings = groups.values().stream().filter(g -> g.type() == EventType.CONSULT).toList();
        groups.values().removeIf(g -> {
            if (!FOLDABLE.contains(g.type()) || g.type() == EventType.AGREE) {
                return false;
            }
            for (Group m : meetings) {
                if (m.codes().containsAll(g.codes()) && g.members().stream().allMatch(c -> m.members().stream()
                        .anyMatch(x -> x.sentence() == c.sentence()))) {
                    m.members().addAll(g.members());
                    return true;
                }
            }
            return false;
        });
    }

    private static int lastSentence(Group g) {
        return g.members().getLast().sentence();
    }

    private static Candidate resolveParties(Candidate c, List<Mention> context, boolean recent) {
        boolean has = c.source().stream().anyMatch(m -> m.kind() == Mention.Kind.PARTIES)
                      || c.target().stream().anyMatch(m -> m.kind() == Mention.Kind.PARTIES);
        if (!has) {
            return c;
        }
        List<Mention> src = new ArrayList<>();
        List<Mention> tgt = new ArrayList<>();
        for (Mention m : c.source()) {
            if (m.kind() == Mention.Kind.PARTIES) {
                if (recent) {
                    src.addAll(context);
                }
            } else {
                src.add(m);
            }
        }
        for (Mention m : c.target()) {
            if (m.kind() == Mention.Kind.PARTIES) {
                if (recent) {
                    tgt.addAll(context);
                }
            } else {
                tgt.add(m);
            }
        }
        if (c.trigger().type() == EventType.CONSULT && tgt.isEmpty() && src.size() >= 2 && context.size() >= 2) {
            return c.withRoles(List.of(), List.of()).withRoles(new ArrayList<>(src), tgt);
        }
        return c.withRoles(src, tgt);
    }

    /** An attack with no named target hit the state where it happened ("غارات على مواقع في سوريا"). */
    private static Candidate placeAsTarget(Candidate c) {
        // an attack, or an embassy or consulate closed, in a place: the place's state is the target
        boolean placed = c.trigger().type() == EventType.ASSAULT
                         || c.trigger().type() == EventType.SANCTION && "withdraw".equals(c.trigger().mode());
        if (!placed || !c.target().isEmpty() || c.location() == null
            || c.source().isEmpty() || c.source().stream().anyMatch(m -> m.code() != null
                && Candidate.top(m.code()).equals(c.location().code()))) {
            return c;
        }
        Mention place = new Mention(c.evidence(), c.location().name(), Mention.Kind.STATE, c.location().code(), null,
                null, null, c.anchorToken(), c.anchorToken() + 1);
        return c.withRoles(c.source(), List.of(place));
    }

    /** Meetings: the host (whose state the meeting is in) is the target, the visitor the source. */
    private static Candidate orient(Candidate c) {
        Trigger.Frame f = c.trigger().frame();
        if (c.trigger().type() != EventType.CONSULT || c.location() == null
            || f != Trigger.Frame.MEET && f != Trigger.Frame.VISIT) {
            return c;
        }
        String here = c.location().code();
        List<Mention> all = new ArrayList<>(c.source());
        all.addAll(c.target());
        List<Mention> hosts = all.stream().filter(m -> m.code() != null && Candidate.top(m.code()).equals(here)).toList();
        List<Mention> guests = all.stream().filter(m -> !hosts.contains(m)).toList();
        if (hosts.isEmpty() || guests.isEmpty()) {
            return c;
        }
        Candidate o = c.withRoles(guests, hosts);
        return c.trigger().mode() == null && f == Trigger.Frame.MEET && !c.trigger().noun() ? withVisit(o) : o;
    }

    private static Candidate withVisit(Candidate c) {
        Trigger t = c.trigger();
        Trigger v = new Trigger(t.type(), "visit", t.frame(), t.weight(), t.flags(), t.words());
        return new Candidate(v, c.sentence(), c.anchorToken(), c.source(), c.target(), c.evidence(), c.modality(),
                c.date(), c.location(), c.confidence());
    }

    private static Event toEvent(String docId, String original, Group g, LocalDate anchor, TimeExpr lead) {
        List<Candidate> ms = g.members();
        Candidate first = ms.getFirst();
        String mode = null;
        for (Candidate c : ms) {
            if (c.trigger().mode() != null) {
                mode = c.trigger().mode();
                break;
            }
        }
        if (g.type() == EventType.CONSULT && "multilateral".equals(mode) && g.codes().size() < 3) {
            mode = null;
        }
        if (g.type() == EventType.CONSULT && mode == null && g.codes().size() == 2) {
            Location at = ms.stream().map(Candidate::location).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (at != null && g.codes().contains(at.code())) {
                mode = "visit";
            }
        }
        TimeExpr date = null;
        for (Candidate c : ms) {
            if (c.date() != null && !c.trigger().meetingRef() && c.sentence() <= first.sentence() + 1
                && (date == null || date.value() == null && c.date().value() != null)) {
                date = c.date();
            }
        }
        Modality modality = first.modality();
        if (date == null && lead != null && modality == Modality.ASSERTED) {
            date = lead;
        }
        // no date words: the report is about the days around its publication; gold gives the publication month
        // ("any day of it is right", annotation guide rule 9), so an asserted event takes the publication day
        String dateValue = date != null ? date.value() : anchor == null ? null
                : modality == Modality.ASSERTED ? anchor.toString() : anchor.toString().substring(0, 7);
        Location loc = ms.stream().map(Candidate::location).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        double conf = ms.stream().mapToDouble(Candidate::confidence).max().orElse(0);
        conf = Math.min(0.99, conf + 0.03 * (ms.size() - 1));
        List<ActorRef> src = refs(ms, true);
        List<ActorRef> tgt = refs(ms, false);
        if (g.type() == EventType.CONSULT && loc != null && g.codes().contains(loc.code()) && g.codes().size() >= 2) {
            // the host is the one whose state the meeting is in (annotation guide rule 1)
            List<ActorRef> all = new ArrayList<>(src);
            all.addAll(tgt);
            List<ActorRef> hosts = new ArrayList<>();
            List<ActorRef> guests = new ArrayList<>();
            for (ActorRef a : all) {
                List<ActorRef> side = a.topCode().equals(loc.code()) ? hosts : guests;
                if (side.stream().noneMatch(b -> b.code().equals(a.code()) && java.util.Objects.equals(b.person(), a.person()))) {
                    side.add(a);
                }
            }
            hosts.removeIf(h -> h.person() == null && hosts.stream().anyMatch(o -> o != h && o.code().equals(h.code())));
            guests.removeIf(h -> h.person() == null && guests.stream().anyMatch(o -> o != h && o.code().equals(h.code())));
            src = guests;
            tgt = hosts;
        }
        if (g.type() == EventType.AGREE || first.trigger().frame() == Trigger.Frame.JOINT) {
            List<ActorRef> all = new ArrayList<>(src);
            for (ActorRef a : tgt) {
                if (all.stream().noneMatch(b -> b.code().equals(a.code()) && java.util.Objects.equals(b.person(), a.person()))) {
                    all.add(a);
                }
            }
            src = all;
            tgt = List.of();
        }
        return new Event(null, docId, g.type(), mode, List.of(), src, tgt, dateValue,
                date != null ? date.text() : null, modality, loc, evidence(original, ms), Math.round(conf * 1000) / 1000.0);
    }

    /** Actors of one side: the roles of the first member naming both sides, plus new actors of same-type members. */
    private static List<ActorRef> refs(List<Candidate> ms, boolean source) {
        EventType type = ms.getFirst().trigger().type();
        Candidate primary = ms.stream().filter(c -> hasCode(c.source()) && hasCode(c.target())).findFirst()
                .orElse(ms.getFirst());
        List<ActorRef> src = new ArrayList<>();
        List<ActorRef> tgt = new ArrayList<>();
        primary.source().forEach(m -> add(src, m));
        primary.target().forEach(m -> add(tgt, m));
        for (Candidate c : ms) {
            if (c == primary || c.trigger().type() != type) {
                continue;
            }
            for (Mention m : concat(c.source(), c.target())) {
                if (m.code() == null) {
                    continue;
                }
                boolean inSrc = src.stream().anyMatch(a -> a.code().equals(m.code()));
                boolean inTgt = tgt.stream().anyMatch(a -> a.code().equals(m.code()));
                if (inSrc || !inTgt && c.source().contains(m)) {
                    add(src, m);
                } else {
                    add(tgt, m);
                }
            }
        }
        return source ? src : tgt;
    }

    private static boolean hasCode(List<Mention> side) {
        return side.stream().anyMatch(m -> m.code() != null);
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static void add(List<ActorRef> side, Mention m) {
        if (m.code() == null) {
            return;
        }
        ActorRef a = m.toActor();
        boolean dup = side.stream().anyMatch(b -> b.code().equals(a.code())
                && (b.person() == null || a.person() == null || b.person().equals(a.person())));
        if (!dup) {
            side.add(a);
        } else if (a.person() != null) {
            for (int i = 0; i < side.size(); i++) {
                ActorRef b = side.get(i);
                if (b.code().equals(a.code()) && b.person() == null) {
                    side.set(i, a);
                    break;
                }
            }
        }
    }

    private static List<Evidence> evidence(String original, List<Candidate> ms) {
        List<Span> spans = ms.stream().map(Candidate::evidence).sorted(Comparator.comparingInt(Span::start)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (!merged.isEmpty() && merged.getLast().end() >= s.start()) {
                Span l = merged.removeLast();
                merged.add(new Span(l.start(), Math.max(l.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged.stream().limit(MAX_EVIDENCE).map(s -> Evidence.of(s, original)).toList();
    }
}
