package org.rasad.app.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rasad.core.ActorRef;
import org.rasad.core.Document;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Evidence;
import org.rasad.core.Location;
import org.rasad.core.Modality;

/** Hand-written test articles (our own words) and events whose evidence offsets are computed, not typed. */
final class TestData {
    static final String HOSTILE_ID = "hostile-1";
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String JS_URL = "javascript:window.__pwned=3";
    static final String RLO = "\u202Egnp.exe";

    private TestData() {
    }

    record Data(List<Document> docs, List<Event> events) {
    }

    static ActorRef actor(String code, String sector, String person, String role, String text) {
        return new ActorRef(code, sector, person, role, text);
    }

    static Evidence ev(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("phrase not in text: " + phrase);
        }
        return new Evidence(at, at + phrase.length(), phrase, null);
    }

    static Data data() {
        List<Document> docs = new ArrayList<>();
        List<Event> events = new ArrayList<>();

        String t1 = "بغداد - التقى رئيس الوزراء العراقي في بغداد يوم الأحد وزير الخارجية الأمريكي، وبحث الجانبان "
                + "تعزيز التعاون الأمني بين البلدين.\n\nوقال بيان حكومي إن الطرفين اتفقا على تشكيل لجنة مشتركة "
                + "لمتابعة ملف الطاقة، وإن الوزير سيعود إلى المنطقة الشهر المقبل.";
        docs.add(new Document("doc-iraq-usa", "رئيس الوزراء العراقي يستقبل وزير الخارجية الأمريكي", t1,
                LocalDate.of(2025, 3, 9), "https://example.org/a/1", "وكالة تجريبية", "UTF-8", "test"));
        events.add(new Event("doc-iraq-usa#1", "doc-iraq-usa", EventType.CONSULT, "visit", List.of("security"),
                List.of(actor("USA", "GOV", null, "وزير الخارجية", "وزير الخارجية الأمريكي")),
                List.of(actor("IRQ", "GOV", null, "رئيس الوزراء", "رئيس الوزراء العراقي")),
                "2025-03-09", "يوم الأحد", Modality.ASSERTED, new Location("بغداد", "IRQ"),
                List.of(ev(t1, "التقى رئيس الوزراء العراقي في بغداد يوم الأحد وزير الخارجية الأمريكي")), 0.9));
        events.add(new Event("doc-iraq-usa#2", "doc-iraq-usa", EventType.AGREE, null, List.of("economic"),
                List.of(actor("IRQ", "GOV", null, null, "الطرفين"), actor("USA", "GOV", null, null, "الطرفين")),
                List.of(), "2025-03-09", null, Modality.ASSERTED, null,
                List.of(ev(t1, "الطرفين اتفقا على تشكيل لجنة مشتركة")), 0.7));

        String t2 = "القاهرة - اتهمت وزارة الخارجية المصرية جماعة مسلحة بالوقوف وراء هجوم على نقطة حدودية، "
                + "وهددت بالرد بحزم إذا تكرر الاعتداء.\n\nونفت الجماعة في بيان أي صلة لها بالهجوم.";
        docs.add(new Document("doc-egypt", "مصر تتهم جماعة مسلحة بهجوم حدودي", t2, LocalDate.of(2025, 4, 2),
                null, "وكالة تجريبية", "UTF-8", "test"));
        events.add(new Event("doc-egypt#1", "doc-egypt", EventType.ACCUSE, null, List.of(),
                List.of(actor("EGY", "GOV", null, null, "وزارة الخارجية المصرية")),
                List.of(actor("EGY.REB", "REB", null, null, "جماعة مسلحة")),
                "2025-04-02", null, Modality.ASSERTED, null,
                List.of(ev(t2, "اتهمت وزارة الخارجية المصرية جماعة مسلحة بالوقوف وراء هجوم")), 0.8));
        events.add(new Event("doc-egypt#2", "doc-egypt", EventType.THREATEN, null, List.of(),
                List.of(actor("EGY", "GOV", null, null, "وزارة الخارجية المصرية")),
                List.of(actor("EGY.REB", "REB", null, null, "جماعة مسلحة")),
                "2025-04-02", null, Modality.HYPOTHETICAL, null,
                List.of(ev(t2, "وهددت بالرد بحزم إذا تكرر الاعتداء")), 0.6));

        String t3 = "قال مسؤول إن " + SCRIPT + " الوفد التركي زار طهران " + IMG + " وبحث مع المسؤولين الإيرانيين "
                + "ملف المياه. للمزيد: " + JS_URL + " و " + RLO + " نهاية الخبر.";
        docs.add(new Document(HOSTILE_ID, "<b onmouseover=alert(1)>عنوان</b> " + SCRIPT, t3, LocalDate.of(2025, 5, 1),
                JS_URL, "<i>source</i>", "UTF-8", "test"));
        events.add(new Event(HOSTILE_ID + "#1", HOSTILE_ID, EventType.CONSULT, "visit", List.of(),
                List.of(actor("TUR", "GOV", null, null, "الوفد التركي " + IMG)),
                List.of(actor("IRN", "GOV", SCRIPT, RLO, "المسؤولين الإيرانيين")),
                "2025-05-01", SCRIPT, Modality.ASSERTED, new Location(IMG, "IRN"),
                List.of(ev(t3, "الوفد التركي زار طهران " + IMG + " وبحث")), 0.75));

        // a series of dated Iraq-USA events so that timelines and the network have some shape
        String[] days = {"2025-01-05", "2025-01-19", "2025-02-02", "2025-02-11", "2025-02-27", "2025-03-03",
                         "2025-03-21", "2025-04-08", "2025-04-30", "2025-05-15"};
        EventType[] kinds = {EventType.CONSULT, EventType.COOPERATE, EventType.AGREE, EventType.ACCUSE, EventType.AID};
        for (int i = 0; i < days.length; i++) {
            String id = "doc-series-" + i;
            String text = "خبر رقم " + (i + 1) + ": بحث مسؤولون من العراق والولايات المتحدة ملفات مشتركة، "
                    + "كما ناقش وفد أردني مع الجانب العراقي قضايا الحدود.";
            docs.add(new Document(id, "خبر متابعة " + (i + 1), text, LocalDate.parse(days[i]), null, "وكالة تجريبية", "UTF-8", "test"));
            events.add(new Event(id + "#1", id, kinds[i % kinds.length], null, List.of(),
                    List.of(actor(i % 2 == 0 ? "IRQ" : "USA", "GOV", null, null, i % 2 == 0 ? "العراق" : "الولايات المتحدة")),
                    List.of(actor(i % 2 == 0 ? "USA" : "IRQ", "GOV", null, null, i % 2 == 0 ? "الولايات المتحدة" : "العراق")),
                    days[i], null, Modality.ASSERTED, null,
                    List.of(ev(text, "بحث مسؤولون من العراق والولايات المتحدة ملفات مشتركة")), 0.5 + i / 40.0));
            if (i % 3 == 0) {
                events.add(new Event(id + "#2", id, EventType.CONSULT, null, List.of(),
                        List.of(actor("JOR", "GOV", null, null, "وفد أردني")),
                        List.of(actor("IRQ", "GOV", null, null, "الجانب العراقي")),
                        days[i], null, Modality.ASSERTED, null,
                        List.of(ev(text, "ناقش وفد أردني مع الجانب العراقي قضايا الحدود")), 0.6));
            }
        }
        return new Data(List.copyOf(docs), List.copyOf(events));
    }

    /** A larger synthetic set: {@code n} short articles, 1-3 events each, 24 actors, two years of dates. */
    static Data synthetic(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        String[] codes = {"IRQ", "USA", "IRN", "SAU", "EGY", "JOR", "TUR", "SYR", "LBN", "ISR", "QAT", "ARE", "KWT",
                          "RUS", "CHN", "FRA", "GBR", "DEU", "UN", "EU", "NATO", "IRQ.KRG", "HAMAS", "ISIS"};
        EventType[] types = EventType.values();
        List<Document> docs = new ArrayList<>(n);
        List<Event> events = new ArrayList<>();
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < n; i++) {
            String id = "syn-" + i;
            LocalDate day = start.plusDays(r.nextInt(730));
            String a = codes[r.nextInt(codes.length)];
            String b = codes[r.nextInt(codes.length)];
            String text = "خبر تجريبي رقم " + i + ": التقى مسؤولون من " + a + " مع وفد من " + b
                    + " وبحثوا التعاون الأمني والاقتصادي وملفات إقليمية.\n\nوأكد الجانبان أهمية الحوار.";
            docs.add(new Document(id, "لقاء بين " + a + " و" + b, text, day, null, "اختبار", "UTF-8", "test"));
            int k = 1 + r.nextInt(3);
            for (int j = 0; j < k; j++) {
                events.add(new Event(id + "#" + (j + 1), id, types[r.nextInt(types.length)], null, List.of(),
                        List.of(actor(a, "GOV", null, null, a)), List.of(actor(b, "GOV", null, null, b)),
                        day.toString(), null, Modality.values()[r.nextInt(4)], null,
                        List.of(ev(text, "التقى مسؤولون من " + a + " مع وفد من " + b)), r.nextDouble()));
            }
        }
        return new Data(List.copyOf(docs), List.copyOf(events));
    }

    static InMemoryEventService service() {
        Data d = data();
        return InMemoryEventService.of(d.docs(), d.events());
    }
}
