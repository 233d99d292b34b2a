package org.gridgov.rules.pack;

import java.util.SortedMap;

/**
 * A pack folder read into memory: its manifest and every file's bytes by relative path.
 *
 * @param source   where it was read from
 * @param manifest its pack.yaml
 * @param files    all files, sorted by path
 */
record PackFolder(PackSource source, PackManifest manifest, SortedMap<String, byte[]> files) {

    /** The DRL package of rules in files that declare none: {@code org.gridgov.packs.<id>}. */
    String defaultPackage() {
        return "org.gridgov.packs." + manifest.id().replaceAll("[^A-Za-z0-9_]", "_");
    }
}
