package org.rasad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasad.core.ActorRef;
import org.rasad.core.Event;
import org.rasad.core.EventType;
import org.rasad.core.Modality;

class EventJsonTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void writesSpecKeysInSpecOrder() throws Exception {
        String line = EventJson.toJsonLine(Fixtures.rich("d1"));
        JsonNode n = M.readTree(line);
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "doc", "type", "mode", "contexts", "source", "target", "date",
                "date_text", "modality", "location", "evidence", "confidence");
        assertThat(line).doesNotContain("\n").contains("\"modality\":\"planned\"").contains("وزير الدفاع");
        assertThat(n.get("type").asText()).isEqualTo("CONSULT");
        assertThat(n.get("location").get("name").asText()).isEqualTo("القاهرة");
        assertThat(n.get("evidence").get(0).has("field")).isFalse();
        assertThat(n.get("evidence").get(1).get("field").asText()).isEqualTo("title");
        assertThat(n.get("confidence").asDouble()).isEqualTo(0.92);
        JsonNode krg = n.get("source").get(1);
        assertThat(krg.get("code").asText()).isEqualTo("IRQ.KRG");
        assertThat(krg.has("person")).isFalse();
        assertThat(krg.has("sector")).isFalse();
    }

    @Test
    void nullsAreExplicitForTopLevelOptionalFields() throws Exception {
        Event e = new Event("d#1", "d", EventType.ASSAULT, null, null, null, null, null, null, null, null, null, 0.5);
        JsonNode n = M.readTree(EventJson.toJsonLine(e));
        assertThat(n.get("mode").isNull()).isTrue();
        assertThat(n.get("date").isNull()).isTrue();
        assertThat(n.get("date_text").isNull()).isTrue();
        assertThat(n.get("location").isNull()).isTrue();
        assertThat(n.get("modality").asText()).isEqualTo("asserted");
        assertThat(n.get("contexts").isArray()).isTrue();
        assertThat(n.get("evidence").size()).isZero();
    }

    @Test
    void roundTripsThroughParse() {
        Event e = Fixtures.rich("d2");
        assertThat(EventJson.parse(EventJson.toJsonLine(e))).isEqualTo(e);
    }

    @Test
    void writerOutputEqualsLine() throws Exception {
        Event e = Fixtures.rich("d3");
        StringWriter w = new StringWriter();
        EventJson.write(e, w);
        assertThat(w.toString()).isEqualTo(EventJson.toJsonLine(e));
    }

    @Test
    void parsesGoldStyleLinesWithMissingAndExtraKeys() {
        Event e = EventJson.parse("{\"doc\": \"x\", \"type\": \"accuse\", \"source\": [{\"code\": \"TUN\"}], "
                + "\"target\": [], \"optional\": true, \"modality\": \"negated\"}");
        assertThat(e.type()).isEqualTo(EventType.ACCUSE);
        assertThat(e.source()).containsExactly(new ActorRef("TUN", null, null, null, null));
        assertThat(e.modality()).isEqualTo(Modality.NEGATED);
        assertThat(e.id()).isNull();
    }

    @Test
    void rejectsNonObjects() {
        assertThatThrownBy(() -> EventJson.parse("[1,2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventJson.parse("{bad")).isInstanceOf(IllegalArgumentException.class);
    }
}
