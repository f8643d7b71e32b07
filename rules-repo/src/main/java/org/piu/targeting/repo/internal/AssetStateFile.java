package org.piu.targeting.repo.internal;

import java.nio.charset.StandardCharsets;
import org.piu.targeting.repo.lifecycle.AssetState;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The {@code <id>.meta.json} format: sorted keys, indented, one trailing newline, so diffs stay readable. */
final class AssetStateFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AssetStateFile() {}

    static byte[] write(AssetState state) {
        return (JSON.writeValueAsString(state) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static AssetState read(byte[] json) {
        return JSON.readValue(json, AssetState.class);
    }
}
