package org.piu.targeting.repo;

import static org.piu.targeting.repo.AssetKind.RULE;

import java.nio.file.Path;
import java.util.Random;
import org.piu.targeting.repo.internal.BigRepositoryBuilder;

/** Profiling aid: N saves on a copy of the benchmark repository ({@code SaveProfile <repo> <n>}). */
public final class SaveProfile {
    private SaveProfile() {}

    public static void main(String[] args) {
        try (RulesRepository repo = RulesRepository.open(Path.of(args[0]))) {
            Random random = new Random(1);
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                String id = BigRepositoryBuilder.ruleId(random.nextInt(5000));
                AssetVersion v = repo.get(RULE, id).orElseThrow();
                repo.saveDraft(RULE, id, v.text() + "# " + i + "\n", "p", "profile", v.revision());
            }
        }
    }
}
