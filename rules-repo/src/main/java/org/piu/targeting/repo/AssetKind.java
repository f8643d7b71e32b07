package org.piu.targeting.repo;

import java.util.Arrays;

/** The three kinds of asset the repository versions; each lives in its own top-level folder. */
public enum AssetKind {
    RULE("rules"),
    LIST("lists"),
    SCENARIO("scenarios");

    private final String folder;

    AssetKind(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public static AssetKind fromFolder(String folder) {
        return Arrays.stream(values())
                .filter(k -> k.folder.equals(folder))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown asset folder '" + folder + "': expected rules, lists or scenarios"));
    }
}
