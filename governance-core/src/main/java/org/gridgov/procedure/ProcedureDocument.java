package org.gridgov.procedure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The shape of a procedure file, as Jackson binds it; {@link ProcedureReader} turns it into a
 * {@link Procedure}. Kept apart from the model so that the file can say things the model says otherwise
 * ({@code from: any}, {@code on: [routed, escalated]}, a limit as text).
 */
record ProcedureDocument(String id, Name name, List<StageEntry> stages, List<TransitionEntry> transitions) {

    ProcedureDocument {
        stages = stages == null ? List.of() : stages;
        transitions = transitions == null ? List.of() : transitions;
    }

    /** {@code {zh: 吹哨, en: whistle}} or just {@code 吹哨}. */
    record Name(String zh, String en) {
        @JsonCreator
        Name(@JsonProperty("zh") String zh, @JsonProperty("en") String en) {
            this.zh = zh;
            this.en = en == null || en.isBlank() ? zh : en;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Name of(String zh) {
            return new Name(zh, zh);
        }
    }

    /** A stage: {@code {id: whistle, name: …, online: …, limit: 1 个工作日}}. */
    record StageEntry(String id, Name name, Name online, String limit) {
    }

    /** A transition: {@code {from: whistle, on: routed, to: report-in}}; {@code on} may list several kinds. */
    record TransitionEntry(String from,
                           @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                                   JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<String> on,
                           String to) {
        TransitionEntry {
            on = on == null ? List.of() : on;
        }
    }
}
