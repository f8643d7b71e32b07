package org.piu.targeting.workbench.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.piu.targeting.workbench.base.config.PiuProperties;
import org.piu.targeting.workbench.base.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On first start, one demo user per role and one pipeline API key, so that a newcomer can log in at once. Their
 * credentials are printed once and kept in {@code <data-dir>/initial-credentials.txt} (mode 600). Scripted demos
 * and black-box tests set PIU_DEMO_PASSWORD and PIU_DEMO_API_KEY to fix them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final Map<String, Set<Role>> USERS = demoUsers();

    private final AccountStore store;
    private final Path credentialsFile;
    private final String demoPassword;
    private final String demoApiKey;

    DemoAccounts(AccountStore store, PiuProperties properties, Environment env) {
        this.store = store;
        this.credentialsFile = properties.dataDir().resolve("initial-credentials.txt");
        this.demoPassword = env.getProperty("PIU_DEMO_PASSWORD");
        this.demoApiKey = env.getProperty("PIU_DEMO_API_KEY");
    }

    private static Map<String, Set<Role>> demoUsers() {
        Map<String, Set<Role>> users = new LinkedHashMap<>();
        users.put("author", Set.of(Role.AUTHOR));
        users.put("author2", Set.of(Role.AUTHOR));
        users.put("approver", Set.of(Role.APPROVER));
        users.put("compliance", Set.of(Role.COMPLIANCE));
        users.put("admin", Set.of(Role.ADMIN));
        return users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!store.isEmpty()) {
            return;
        }
        // Check the given demo values before creating anything: a refusal half-way would leave users without the
        // key and without the credentials file, and the next start would not try again.
        if (demoApiKey != null) {
            AccountStore.requireKeyLength(demoApiKey);
        }
        if (demoPassword != null && demoPassword.length() < 12) {
            throw new IllegalArgumentException("PIU_DEMO_PASSWORD must have at least 12 characters");
        }
        StringBuilder lines =
                new StringBuilder("PIU Targeting initial credentials (change or remove after first use)\n");
        USERS.forEach((username, roles) -> {
            String password = demoPassword != null ? demoPassword : AccountStore.randomToken(12);
            store.addUser(username, Character.toUpperCase(username.charAt(0)) + username.substring(1), password, roles);
            lines.append(String.format("user %-11s password %s  roles %s%n", username, password, roles));
        });
        IssuedApiKey key = store.issueApiKey("ingest pipeline (demo)", "system", demoApiKey);
        lines.append("pipeline API key (header X-API-Key): ")
                .append(key.secret())
                .append('\n');
        try {
            AccountStore.writePrivate(credentialsFile, lines.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + credentialsFile, e);
        }
        // Printed once, on purpose: this is the only time the secrets are shown outside the file.
        log.info("created demo users and a pipeline API key; credentials in {}", credentialsFile.toAbsolutePath());
        System.out.println(lines);
    }
}
