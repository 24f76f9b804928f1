package org.rasad.store;

import java.util.List;

/** An actor known to the store (spec/actors.tsv row, or a code first seen in an event). */
public record ActorInfo(String code, String kind, String nameEn, List<String> namesAr) {
    public ActorInfo {
        namesAr = namesAr == null ? List.of() : List.copyOf(namesAr);
    }

    public String topCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
