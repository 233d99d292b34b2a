package org.gridgov.authorization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The shape of a permission file, as Jackson binds it; {@link PermissionsReader} turns it into grants.
 *
 * @param grants grants to add, or to replace by id
 * @param revoke ids of grants to remove
 */
record PermissionsDocument(List<GrantEntry> grants,
                           @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> revoke) {

    PermissionsDocument {
        grants = grants == null ? List.of() : grants;
        revoke = revoke == null ? List.of() : revoke;
    }

    /** {@code {zh: 承办方办理本案件, en: the owner handles its case}}, or just the Chinese text. */
    record Name(String zh, String en) {
        @JsonCreator
        Name(@JsonProperty("zh") String zh, @JsonProperty("en") String en) {
            this.zh = zh;
            this.en = en;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Name of(String zh) {
            return new Name(zh, null);
        }
    }

    /** One grant; exactly one of {@code systems}/{@code channels}, {@code roles} and {@code residents}. */
    record GrantEntry(String id, Name name,
                      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> commands,
                      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> systems,
                      Boolean channels,
                      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> roles,
                      Boolean residents, String relation, String atOrAbove, String reach) {
        GrantEntry {
            commands = commands == null ? List.of() : commands;
        }
    }
}
