package org.rasad.core;

import java.util.List;

/** A stage's output together with the problems it met. */
public record Result<T>(T value, List<Problem> problems) {
    public Result {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static <T> Result<T> ok(T value) {
        return new Result<>(value, List.of());
    }

    public static <T> Result<T> failed(Problem p) {
        return new Result<>(null, List.of(p));
    }

    public boolean isOk() {
        return value != null;
    }
}
