package org.rasad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventScorerTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static List<JsonNode> lines(String... json) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String j : json) {
            out.add(M.readTree(j.replace('\'', '"')));
        }
        return out;
    }

    @Test
    void perfectPredictionScoresOne() throws Exception {
        var gold = lines("{'doc':'a','type':'CONSULT','mode':'visit','date':'2024-07','source':[{'code':'IRQ'}],"
                + "'target':[{'code':'EGY','person':'عبد الفتاح السيسي'}],'evidence':[{'start':0,'end':10}]}");
        var r = EventScorer.score(gold, gold, null);
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.accuracy("direction")).isEqualTo(1.0);
        assertThat(r.accuracy("evidence")).isEqualTo(1.0);
        assertThat(r.personsTp()).isEqualTo(1);
    }

    @Test
    void jaccardAndTwoSharedRule() throws Exception {
        var gold = lines("{'doc':'a','type':'CONSULT','source':[{'code':'IRQ'},{'code':'EGY'}],'target':[{'code':'JOR'}]}");
        var onlyOne = lines("{'doc':'a','type':'CONSULT','source':[{'code':'IRQ'}]}");
        var two = lines("{'doc':'a','type':'CONSULT','source':[{'code':'IRQ.KRG'}],'target':[{'code':'EGY'}]}");
        assertThat(EventScorer.score(gold, onlyOne, null).tp()).isEmpty();
        assertThat(EventScorer.score(gold, two, null).tp()).hasSize(1);
    }

    @Test
    void optionalGoldIsNeitherRequiredNorExtra() throws Exception {
        var gold = lines("{'doc':'a','type':'CONSULT','source':[{'code':'IRQ'}],'target':[{'code':'USA'}]}",
                "{'doc':'a','type':'SUPPORT','optional':true,'source':[{'code':'USA'}],'target':[{'code':'IRQ'}]}",
                "{'doc':'b','type':'NONE'}");
        var pred = lines("{'doc':'a','type':'CONSULT','source':[{'code':'USA'}],'target':[{'code':'IRQ'}],'date':'2020'}",
                "{'doc':'a','type':'SUPPORT','source':[{'code':'USA'}],'target':[{'code':'IRQ'}]}",
                "{'doc':'b','type':'ASSAULT','source':[{'code':'ISR'}]}",
                "{'doc':'c','type':'ASSAULT','source':[{'code':'ISR'}]}");
        var r = EventScorer.score(gold, pred, null);
        assertThat(r.tp()).hasSize(1);
        assertThat(r.fp()).extracting(EventScorer.Key::doc).containsExactly("b");
        assertThat(r.docs()).isEqualTo(2);
        assertThat(r.accuracy("direction")).isEqualTo(0.0);
        var out = new ByteArrayOutputStream();
        r.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
        String s = out.toString(StandardCharsets.UTF_8);
        assertThat(s).contains("  extra b ASSAULT ISR", "events: tp 1 fp 1 fn 0  precision 0.500 recall 1.000",
                "direction accuracy on matched events: 0/1 = 0.000");
        assertThat(s.strip()).endsWith("event F1 0.667");
    }

    @Test
    void roundsLikePython() {
        assertThat(EventScorer.f3(0.0625)).isEqualTo("0.062");
        assertThat(EventScorer.f3(2.0 / 3)).isEqualTo("0.667");
    }
}
