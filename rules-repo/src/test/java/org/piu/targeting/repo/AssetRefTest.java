package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssetRefTest {

    @Test
    void rejects_ids_that_could_escape_the_asset_folder() {
        for (String bad : new String[] {
            "../etc/passwd", "a/b", "..", ".hidden", "", "a..b", "x\\y", "a b", "-dash", "x".repeat(101)
        }) {
            assertThatThrownBy(() -> AssetRef.rule(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("invalid asset id");
        }
    }

    @Test
    void accepts_ordinary_ids_and_places_them_in_a_shard_folder() {
        AssetRef ref = AssetRef.rule("R-100_cash.v2");
        assertThat(ref.path()).matches("rules/[0-9a-f]{2}/R-100_cash\\.v2\\.yaml");
        assertThat(ref.metaPath()).isEqualTo(ref.path().replace(".yaml", ".meta.json"));
        assertThat(ref.name()).isEqualTo("rules/R-100_cash.v2");
    }

    @Test
    void parses_plain_and_sharded_paths_but_not_a_wrong_shard() {
        AssetRef ref = AssetRef.list("high-risk-routes");
        assertThat(AssetRef.parse("lists/high-risk-routes.yaml")).isEqualTo(ref);
        assertThat(AssetRef.parse(ref.path())).isEqualTo(ref);
        assertThat(AssetRef.parse("scenarios/s1")).isEqualTo(AssetRef.scenario("s1"));
        String wrongShard = "00".equals(ref.shard()) ? "01" : "00";
        assertThatThrownBy(() -> AssetRef.parse("lists/" + wrongShard + "/high-risk-routes.yaml"))
                .hasMessageContaining("shard");
        assertThatThrownBy(() -> AssetRef.parse("secrets/x.yaml")).hasMessageContaining("unknown asset folder");
    }
}
