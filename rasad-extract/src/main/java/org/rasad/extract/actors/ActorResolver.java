package org.rasad.extract.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rasad.core.Mention;
import org.rasad.nlp.text.AnalyzedText;

/**
 * Finds and resolves actor mentions in analysed Arabic text, and answers office questions.
 * Stateless apart from the immutable knowledge base: one instance may serve many threads.
 *
 * <p>Conventions of {@link #find}: a role with its name is one {@code PERSON} mention carrying
 * role and office holder; a bare role is a {@code ROLE} mention (its person filled in when the
 * document or the knowledge base names the holder); "نظيره ..." is a {@code COUNTERPART} mention;
 * "الجانبان"/"البلدين" give one {@code PARTIES} mention per party, all with the same span;
 * groups without a code ("مسلحون") are {@code GROUP} mentions with a null code and a sector;
 * institutions without a state ("وزارة الدفاع") have a null code and a sector.
 */
public final class ActorResolver {
    private final ActorKb kb;

    public ActorResolver(ActorKb kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
    }

    /** The actor mentions of {@code text}, sorted by span; {@code docDate} may be null. */
    public List<Mention> find(AnalyzedText text, LocalDate docDate) {
        if (text == null || text.tokens().isEmpty()) {
            return List.of();
        }
        Doc doc = Doc.of(text.original(), text.tokens(), docDate, kb);
        List<Draft> first = new MentionFinder(doc).find();
        List<Draft> resolved = new Coreference(doc).resolve(first);
        List<Mention> out = new ArrayList<>(resolved.size());
        for (Draft d : resolved) {
            out.add(d.toMention(text.original()));
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return List.copyOf(out);
    }

    /**
     * Proper names of persons, places and organisations (PER/LOC/ORG) in {@code text}, sorted by
     * token: the name part of person mentions, states, capitals, other places, organisations, and
     * names opened by a common given name. Used for named-entity evaluation.
     */
    public List<NameSpan> names(AnalyzedText text, LocalDate docDate) {
        if (text == null || text.tokens().isEmpty()) {
            return List.of();
        }
        Doc doc = Doc.of(text.original(), text.tokens(), docDate, kb);
        List<Draft> resolved = new Coreference(doc).resolve(new MentionFinder(doc).find());
        return List.copyOf(new NameFinder(doc).find(resolved));
    }

    /** The office {@code personName} (canonical name or a variant) held on {@code date}. */
    public Optional<OfficeHolding> officeOf(String personName, LocalDate date) {
        return kb.officeOf(personName, date);
    }

    /**
     * Who held {@code office} (an id such as "DM" or an Arabic title such as "وزير الدفاع") of
     * {@code stateCode} on {@code date} (null: every holder, oldest first).
     */
    public List<OfficeHolding> holders(String office, String stateCode, LocalDate date) {
        String id = kb.officeId(office);
        return id == null ? List.of() : kb.holders(id, stateCode, date);
    }

    /** Knowledge-base entries matching a query (a name, part of one, or a code), persons first. */
    public List<ActorEntry> search(String query) {
        return kb.search(query, 50);
    }
}
