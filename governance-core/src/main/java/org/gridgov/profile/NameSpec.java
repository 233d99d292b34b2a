package org.gridgov.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.gridgov.i18n.Bilingual;

/**
 * A display name in a profile: {@code {zh: 网格长, en: grid leader}}, or just the Chinese text
 * ({@code 网格长}), in which case the English part repeats it.
 *
 * @param zh Chinese, required
 * @param en English; when absent the Chinese is used
 */
public record NameSpec(String zh, String en) {

    @JsonCreator
    public NameSpec(@JsonProperty("zh") String zh, @JsonProperty("en") String en) {
        this.zh = zh;
        this.en = en == null || en.isBlank() ? zh : en;
    }

    /** The shorthand form: a plain Chinese text. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NameSpec of(String zh) {
        return new NameSpec(zh, zh);
    }

    /** The name as a bilingual text. */
    public Bilingual toBilingual() {
        return Bilingual.of(zh, en);
    }

    /** The spec for a bilingual text. */
    public static NameSpec from(Bilingual text) {
        return new NameSpec(text.zh(), text.en());
    }
}
