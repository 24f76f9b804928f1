package org.rasad.app.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.rasad.core.Evidence;
import org.rasad.store.stories.StoryStore;

/**
 * The stories endpoints (near-duplicate articles across outlets and their merged events), thin handlers over
 * {@link StoryStore}, and the JSON both they and {@code rasad stories --json} write:
 * <ul>
 *   <li>{@code GET /api/stories?sort=size|-date|date&min_docs=K&offset=&limit=}: a page of stories, each with its
 *       events (mentions without evidence);</li>
 *   <li>{@code GET /api/stories/{id}}: one story, its documents and its events with every mention's evidence.</li>
 * </ul>
 * Bad parameters and unknown stories are the API's typed JSON errors.
 */
public final class StoryApi {
    private static final Set<String> LIST = Set.of("sort", "min_docs", "offset", "limit");

    private final StoryStore stories;
    private final ServerConfig config;

    public StoryApi(StoryStore stories, ServerConfig config) {
        this.stories = stories;
        this.config = config;
    }

    /** The routes to mount beside the core API (paths as {@link RasadServer#STORY_ROUTES}). */
    public List<ExtraRoute> routes() {
        return List.of(new ExtraRoute(RasadServer.STORY_ROUTES.get(0), this::list),
                new ExtraRoute(RasadServer.STORY_ROUTES.get(1), this::story));
    }

    void list(Context ctx) {
        Params.allow(ctx, LIST);
        StoryStore.Sort sort = StoryStore.Sort.parse(Params.str(ctx, "sort")).orElseThrow(() ->
                ApiException.badRequest("bad-sort", "sort must be one of size, -date, date"));
        int minDocs = Params.integer(ctx, "min_docs", 1, 1, 1_000_000);
        int offset = Params.integer(ctx, "offset", 0, 0, config.maxOffset());
        int limit = Params.integer(ctx, "limit", 20, 1, Math.min(200, config.maxPageSize()));
        StoryStore.Page page = stories.list(sort, minDocs, offset, limit);
        ArrayNode items = JsonCodec.array();
        for (StoryStore.Summary s : page.items()) {
            items.add(summary(s).set("events", events(stories.events(s.id()), false)));
        }
        ApiHandlers.json(ctx, JsonCodec.object().put("total", page.total()).put("offset", offset).put("limit", limit)
                .put("sort", Params.str(ctx, "sort") == null ? "size" : Params.str(ctx, "sort")).set("items", items));
    }

    void story(Context ctx) {
        Params.allow(ctx, Set.of());
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad-story-id", "a story id is a whole number");
        }
        StoryStore.Detail d = stories.story(id)
                .orElseThrow(() -> ApiException.notFound("no-such-story", "no story " + id));
        ApiHandlers.json(ctx, detail(d));
    }

    /** {"id", "docs", "rep_doc", "title", "first_date", "last_date", "event_count", "outlets": [...]} */
    public static ObjectNode summary(StoryStore.Summary s) {
        ObjectNode n = JsonCodec.object().put("id", s.id()).put("docs", s.docs()).put("rep_doc", s.repDoc())
                .put("title", s.title()).put("first_date", s.firstDate()).put("last_date", s.lastDate())
                .put("event_count", s.events());
        ArrayNode outlets = n.putArray("outlets");
        s.outlets().forEach(outlets::add);
        return n;
    }

    /** [{"id", "type", "actors", "first_date", "last_date", "mentions": [{"event", "doc", "outlet"[, "evidence"]}]}] */
    public static ArrayNode events(List<StoryStore.StoryEvent> events, boolean evidence) {
        ArrayNode arr = JsonCodec.array();
        for (StoryStore.StoryEvent e : events) {
            ObjectNode n = arr.addObject().put("id", e.id()).put("type", e.type()).put("first_date", e.firstDate())
                    .put("last_date", e.lastDate()).put("mention_count", e.mentions().size());
            ArrayNode actors = n.putArray("actors");
            e.actors().forEach(actors::add);
            ArrayNode ms = n.putArray("mentions");
            for (StoryStore.Mention m : e.mentions()) {
                ObjectNode mn = ms.addObject().put("event", m.event()).put("doc", m.doc()).put("outlet", m.outlet());
                if (evidence) {
                    ArrayNode ev = mn.putArray("evidence");
                    for (Evidence x : m.evidence()) {
                        ev.addObject().put("start", x.start()).put("end", x.end()).put("text", x.text());
                    }
                }
            }
        }
        return arr;
    }

    /** The summary with "documents" (id, title, date, outlet, url, similarity) and "events" with evidence. */
    public static ObjectNode detail(StoryStore.Detail d) {
        ObjectNode n = summary(d.story());
        ArrayNode docs = n.putArray("documents");
        for (StoryStore.Doc doc : d.docs()) {
            ObjectNode dn = docs.addObject().put("id", doc.id()).put("title", doc.title()).put("date", doc.date())
                    .put("outlet", doc.outlet()).put("url", doc.url());
            if (doc.similarity() == null) {
                dn.putNull("similarity");
            } else {
                dn.put("similarity", Math.round(doc.similarity() * 1000) / 1000.0);
            }
        }
        n.set("events", events(d.events(), true));
        return n;
    }
}
