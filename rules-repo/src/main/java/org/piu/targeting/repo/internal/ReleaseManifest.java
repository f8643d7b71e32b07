package org.piu.targeting.repo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.piu.targeting.repo.AssetRef;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseAsset;
import org.piu.targeting.repo.release.ReleaseDiff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@code release.json}, and computes the release content hash. */
final class ReleaseManifest {

    static final String FILE_NAME = "release.json";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReleaseManifest() {}

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String contentHash(List<ReleaseAsset> assets) {
        StringBuilder sb = new StringBuilder();
        sorted(assets)
                .forEach(a -> sb.append(a.asset().name())
                        .append(' ')
                        .append(a.sha256())
                        .append('\n'));
        return sha256(sb.toString());
    }

    static List<ReleaseAsset> sorted(List<ReleaseAsset> assets) {
        List<ReleaseAsset> copy = new ArrayList<>(assets);
        copy.sort(Comparator.comparing(ReleaseAsset::asset));
        return copy;
    }

    static String write(Release r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("number", r.number());
        root.put("createdAt", r.createdAt().toString());
        root.put("createdBy", r.createdBy());
        root.put("justification", r.justification());
        root.put("rollbackOf", r.rollbackOf());
        root.put("contentHash", r.contentHash());
        ArrayNode assets = root.putArray("assets");
        for (ReleaseAsset a : sorted(r.assets())) {
            ObjectNode n = assets.addObject();
            n.put("asset", a.asset().name());
            n.put("revision", a.revision());
            n.put("sha256", a.sha256());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    /** @param tag and {@code commitId} are not stored in the file: they are where the file was found */
    static Release read(String json, String tag, String commitId) {
        JsonNode root = JSON.readTree(json);
        List<ReleaseAsset> assets = new ArrayList<>();
        for (JsonNode n : root.get("assets")) {
            assets.add(new ReleaseAsset(
                    AssetRef.parse(n.get("asset").asString()),
                    n.get("revision").asString(),
                    n.get("sha256").asString()));
        }
        return new Release(
                root.get("number").asInt(),
                Instant.parse(root.get("createdAt").asString()),
                root.get("createdBy").asString(),
                root.get("justification").asString(),
                root.get("rollbackOf").asInt(),
                assets,
                root.get("contentHash").asString(),
                tag,
                commitId);
    }

    static ReleaseDiff diff(Release from, Release to) {
        Map<AssetRef, ReleaseAsset> a = index(from.assets());
        Map<AssetRef, ReleaseAsset> b = index(to.assets());
        List<ReleaseAsset> added = new ArrayList<>();
        List<ReleaseAsset> removed = new ArrayList<>();
        List<ReleaseDiff.Change> changed = new ArrayList<>();
        b.forEach((ref, asset) -> {
            ReleaseAsset old = a.get(ref);
            if (old == null) {
                added.add(asset);
            } else if (!old.revision().equals(asset.revision()) || !old.sha256().equals(asset.sha256())) {
                changed.add(new ReleaseDiff.Change(ref, old.revision(), asset.revision()));
            }
        });
        a.forEach((ref, asset) -> {
            if (!b.containsKey(ref)) {
                removed.add(asset);
            }
        });
        return new ReleaseDiff(from.number(), to.number(), added, removed, changed);
    }

    private static Map<AssetRef, ReleaseAsset> index(List<ReleaseAsset> assets) {
        Map<AssetRef, ReleaseAsset> m = new LinkedHashMap<>();
        sorted(assets).forEach(x -> m.put(x.asset(), x));
        return m;
    }
}
