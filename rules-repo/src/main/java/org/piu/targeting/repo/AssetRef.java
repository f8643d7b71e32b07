package org.piu.targeting.repo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one asset: its kind and a file-name-safe id.
 *
 * <p>Files are sharded by the first byte of SHA-256(id) ({@code rules/3f/R-100.yaml}) because Git stores a folder
 * as one tree object: with 5,000 rules in one flat folder every commit would rewrite a ~200 KB tree. With 256
 * shards a save rewrites ~10 KB of trees and the file name still says which asset it is.
 */
public record AssetRef(AssetKind kind, String id) implements Comparable<AssetRef> {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Comparator<AssetRef> ORDER =
            Comparator.comparing(AssetRef::kind).thenComparing(AssetRef::id);

    public AssetRef {
        Objects.requireNonNull(kind, "asset kind is required");
        if (id == null || !SAFE_ID.matcher(id).matches() || id.contains("..")) {
            throw new IllegalArgumentException("invalid asset id '" + id + "': use 1-100 characters of"
                    + " A-Z a-z 0-9 . _ - starting with a letter or digit, without '..'");
        }
    }

    public static AssetRef rule(String id) {
        return new AssetRef(AssetKind.RULE, id);
    }

    public static AssetRef list(String id) {
        return new AssetRef(AssetKind.LIST, id);
    }

    public static AssetRef scenario(String id) {
        return new AssetRef(AssetKind.SCENARIO, id);
    }

    /** Parses {@code rules/R-1}, {@code rules/R-1.yaml} or the sharded {@code rules/3f/R-1.yaml}. */
    public static AssetRef parse(String path) {
        String p = path.replace('\\', '/');
        if (p.endsWith(".yaml")) {
            p = p.substring(0, p.length() - ".yaml".length());
        }
        String[] parts = p.split("/");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(
                    "invalid asset path '" + path + "': expected <rules|lists|scenarios>/<id>.yaml");
        }
        AssetRef ref = new AssetRef(AssetKind.fromFolder(parts[0]), parts[parts.length - 1]);
        if (parts.length == 3 && !parts[1].equals(ref.shard())) {
            throw new IllegalArgumentException("invalid asset path '" + path + "': shard folder '" + parts[1]
                    + "' does not match id " + ref.id() + " (expected " + ref.shard() + ")");
        }
        return ref;
    }

    /** Two hex digits: the first byte of SHA-256 of the id. */
    public String shard() {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().toHexDigits(h[0]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Path of the asset's text inside the repository tree. */
    public String path() {
        return kind.folder() + "/" + shard() + "/" + id + ".yaml";
    }

    /** Path of the asset's lifecycle state (JSON) beside its text. */
    public String metaPath() {
        return kind.folder() + "/" + shard() + "/" + id + ".meta.json";
    }

    /** {@code rules/R-1}: the name used in commit trailers, audit records and exports. */
    public String name() {
        return kind.folder() + "/" + id;
    }

    @Override
    public int compareTo(AssetRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return name();
    }
}
