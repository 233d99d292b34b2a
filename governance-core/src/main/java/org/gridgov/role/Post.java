package org.gridgov.role;

import org.gridgov.i18n.Bilingual;

/** Which of the paired posts (双三长, A/B岗) an assignment fills. A closed set. */
public enum Post {
    /** The A post: the holder who acts while present. */
    PRIMARY("A岗", "primary"),
    /** A B post: takes over, in declaration order, while the primary is absent or vacant. */
    BACKUP("B岗", "backup");

    private final Bilingual displayName;

    Post(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /** The display name in Chinese and English. */
    public Bilingual displayName() {
        return displayName;
    }
}
