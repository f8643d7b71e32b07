package org.piu.targeting.workbench.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * On first start, demo users for every role (two of some, for four-eyes) and one pipeline API key, so that a newcomer
 * can sign in at once. Their credentials are printed once and kept in {@code <data-dir>/initial-credentials.txt}
 * (mode 600). Scripted demos and black-box tests set PIU_DEMO_PASSWORD and PIU_DEMO_API_KEY to fix them.
 *
 * <p>An installation made by an earlier version gets the demo users it lacks added once (their credentials appended
 * to the file): the accounts file remembers every demo user created, so one an administrator removed stays removed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

    /** A demo user; officers belong to every agency, the others to the default one. */
    record DemoUser(String username, Set<Role> roles) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("author", Set.of(Role.AUTHOR)),
            new DemoUser("author2", Set.of(Role.AUTHOR)),
            new DemoUser("approver", Set.of(Role.APPROVER)),
            new DemoUser("compliance", Set.of(Role.COMPLIANCE)),
            new DemoUser("admin", Set.of(Role.ADMIN)),
            new DemoUser("admin2", Set.of(Role.ADMIN)),
            new DemoUser("officer", Set.of(Role.TARGETING_OFFICER)),
            new DemoUser("officer2", Set.of(Role.TARGETING_OFFICER)),
            new DemoUser("authority", Set.of(Role.DISCLOSURE_AUTHORITY)));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountStore store;
    private final PiuProperties properties;
    private final Path credentialsFile;
    private final String demoPassword;
    private final String demoApiKey;

    DemoAccounts(AccountStore store, PiuProperties properties, Environment env) {
        this.store = store;
        this.properties = properties;
        this.credentialsFile = properties.dataDir().resolve("initial-credentials.txt");
        this.demoPassword = env.getProperty("PIU_DEMO_PASSWORD");
        this.demoApiKey = env.getProperty("PIU_DEMO_API_KEY");
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean firstStart = store.isEmpty();
        Set<String> known = new HashSet<>(store.demoUsers());
        store.users().forEach(u -> known.add(u.username()));
        List<DemoUser> missing =
                USERS.stream().filter(u -> !known.contains(u.username())).toList();
        if (missing.isEmpty()) {
            return;
        }
        // Check the given demo values before creating anything: a refusal half-way would leave users without the
        // key and without the credentials file, and the next start would not try again.
        if (firstStart && demoApiKey != null) {
            AccountStore.requireKeyLength(demoApiKey);
        }
        if (demoPassword != null && demoPassword.length() < 12) {
            throw new IllegalArgumentException("PIU_DEMO_PASSWORD must have at least 12 characters");
        }
        StringBuilder lines = new StringBuilder(
                firstStart ? "PIU Targeting initial credentials (change or remove after first use)\n" : "");
        Set<String> allAgencies = properties.agencies().stream()
                .map(PiuProperties.MemberAgency::id)
                .collect(Collectors.toSet());
        for (DemoUser demo : missing) {
            String password = demoPassword != null ? demoPassword : AccountStore.randomToken(12);
            Set<String> agencies =
                    demo.roles().contains(Role.TARGETING_OFFICER) ? allAgencies : Set.of(properties.defaultAgency());
            String username = demo.username();
            store.addDemoUser(
                    username,
                    Character.toUpperCase(username.charAt(0)) + username.substring(1),
                    password,
                    demo.roles(),
                    agencies);
            lines.append(String.format("user %-11s password %s  roles %s%n", username, password, demo.roles()));
        }
        if (firstStart) {
            IssuedApiKey key = store.issueApiKey("ingest pipeline (demo)", "system", demoApiKey);
            lines.append("pipeline API key (header X-API-Key): ")
                    .append(key.secret())
                    .append('\n');
        }
        try {
            String before = !firstStart && Files.exists(credentialsFile) ? Files.readString(credentialsFile) : "";
            AccountStore.writePrivate(credentialsFile, before + lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + credentialsFile, e);
        }
        // Printed once, on purpose: this is the only time the secrets are shown outside the file.
        log.info(
                "created demo users {}{}; credentials in {}",
                missing.stream().map(DemoUser::username).toList(),
                firstStart ? " and a pipeline API key" : "",
                credentialsFile.toAbsolutePath());
        System.out.println(lines);
    }
}
