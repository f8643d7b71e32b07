package org.piu.targeting.workbench.base.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of a PIU Targeting installation (prefix {@code piu}), typed, with its default: the one place a
 * setting is defined. The README's configuration table lists the same settings and defaults (a test compares them).
 *
 * @param dataDir       where the rules repository, users, local Elasticsearch and logs live
 * @param homeCountries the PIU's own countries (ISO alpha-3): they decide whether a flight is inbound, outbound or
 *                      transit; the default serves the sample data of both pilot PIUs
 * @param elasticsearch an external cluster, or nothing to launch a local node
 * @param api           limits of the REST API
 * @param assessment    how many flights are assessed at once
 * @param archive       retention of assessed flights
 * @param rules         how the engine runs the rules
 * @param repository    maintenance of the rules repository
 * @param sampleData    the demo's data loaded on a first start (off; the demo turns it on)
 * @param agencies      the agencies of the multi-agency PIU; unset = the four of the pilot PIUs (border police,
 *                      customs, security service, migration)
 * @param defaultAgency the agency a rule or watchlist created without one belongs to; unset = the first agency
 * @param authorities   the competent authorities reviewed results may be forwarded to, protection services
 *                      included; unset = the pilot PIUs' list
 * @param audit         the audit log of everything that is not a rule change
 */
@ConfigurationProperties("piu")
public record PiuProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue({"MDA", "AZE"}) Set<String> homeCountries,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue Api api,
        @DefaultValue Assessment assessment,
        @DefaultValue Archive archive,
        @DefaultValue Rules rules,
        @DefaultValue Repository repository,
        @DefaultValue SampleData sampleData,
        List<MemberAgency> agencies,
        String defaultAgency,
        List<CompetentAuthority> authorities,
        @DefaultValue Audit audit) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** The agencies of the PIUs we serve (Moldova's PIU is defined as these four). */
    static final List<MemberAgency> PILOT_AGENCIES = List.of(
            new MemberAgency("border-police", "Border Police"),
            new MemberAgency("customs", "Customs Service"),
            new MemberAgency("security-service", "Security and Intelligence Service"),
            new MemberAgency("migration", "Migration Service"));

    /** Where the pilot PIUs forward reviewed results: law enforcement, and protection services for victims. */
    static final List<CompetentAuthority> PILOT_AUTHORITIES = List.of(
            new CompetentAuthority("police", "Police (criminal investigation)", AuthorityKind.LAW_ENFORCEMENT),
            new CompetentAuthority("border-police", "Border Police", AuthorityKind.LAW_ENFORCEMENT),
            new CompetentAuthority("customs", "Customs Service", AuthorityKind.LAW_ENFORCEMENT),
            new CompetentAuthority(
                    "security-service", "Security and Intelligence Service", AuthorityKind.LAW_ENFORCEMENT),
            new CompetentAuthority("prosecution", "Prosecutor's Office", AuthorityKind.LAW_ENFORCEMENT),
            new CompetentAuthority(
                    "anti-trafficking",
                    "Anti-trafficking unit (victim identification and assistance)",
                    AuthorityKind.PROTECTION),
            new CompetentAuthority("child-protection", "Child protection service", AuthorityKind.PROTECTION));

    public PiuProperties {
        agencies = agencies == null || agencies.isEmpty() ? PILOT_AGENCIES : List.copyOf(agencies);
        authorities = authorities == null || authorities.isEmpty() ? PILOT_AUTHORITIES : List.copyOf(authorities);
        requireUniqueIds("piu.agencies", agencies.stream().map(MemberAgency::id).toList());
        requireUniqueIds(
                "piu.authorities",
                authorities.stream().map(CompetentAuthority::id).toList());
        if (defaultAgency == null || defaultAgency.isBlank()) {
            defaultAgency = agencies.getFirst().id();
        } else if (agencies.stream().map(MemberAgency::id).noneMatch(defaultAgency::equals)) {
            throw new IllegalArgumentException("piu.default-agency '" + defaultAgency + "' is none of piu.agencies "
                    + agencies.stream().map(MemberAgency::id).toList());
        }
    }

    private static void requireUniqueIds(String setting, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        setting + "[" + i + "].id '" + id + "' must be lower-case letters, digits and '-'");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException(setting + "[" + i + "].id '" + id + "' is used twice");
            }
        }
    }

    /** The agency with this id, if it is configured. */
    public Optional<MemberAgency> agency(String id) {
        return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The competent authority with this id, if it is configured. */
    public Optional<CompetentAuthority> authority(String id) {
        return authorities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * One agency of the multi-agency PIU (border police, customs, …): rules and watchlists belong to one, officers to
     * one or more. Not the travel agency of a booking ({@code model.Agency}).
     *
     * @param id   stable identifier (lower-case letters, digits, '-'), stored with rules, lists and accounts
     * @param name what the workbench shows
     */
    public record MemberAgency(String id, String name) {
        public MemberAgency {
            if (name == null || name.isBlank()) {
                name = id;
            }
        }
    }

    /** Whether a competent authority acts against a suspect or protects a person (a victim of trafficking, a child). */
    public enum AuthorityKind {
        LAW_ENFORCEMENT,
        PROTECTION
    }

    /**
     * A competent authority to which a reviewed result may be forwarded, case by case (EU PNR Directive art. 6(6)).
     *
     * @param id   stable identifier (lower-case letters, digits, '-'), stored with each disclosure
     * @param name what the workbench shows
     * @param kind law enforcement, or a protection service a possible victim is referred to
     */
    public record CompetentAuthority(String id, String name, AuthorityKind kind) {
        public CompetentAuthority {
            if (name == null || name.isBlank()) {
                name = id;
            }
            if (kind == null) {
                kind = AuthorityKind.LAW_ENFORCEMENT;
            }
        }
    }

    /**
     * @param uris     external cluster nodes; empty = start the bundled local node
     * @param username optional basic-auth user of the external cluster
     * @param password its password
     * @param heap     heap of the local node
     */
    public record Elasticsearch(
            @DefaultValue List<URI> uris,
            String username,
            String password,
            @DefaultValue("512m") String heap) {
        public boolean external() {
            return uris != null && !uris.isEmpty();
        }
    }

    /**
     * @param maxRequestBytes request bodies above this size are refused before they are read (20 MB is far above a
     *                        500-passenger PNRGOV push)
     */
    public record Api(@DefaultValue("20971520") long maxRequestBytes) {}

    /**
     * @param maxConcurrent     flights assessed at once; unset = twice the processors (screening waits on
     *                          Elasticsearch)
     * @param queueWait         how long a request may wait for a slot before it is answered 429
     * @param retryAfterSeconds the Retry-After of that 429
     */
    public record Assessment(
            Integer maxConcurrent,
            @DefaultValue("PT2S") Duration queueWait,
            @DefaultValue("2") int retryAfterSeconds) {

        /** {@link #maxConcurrent}, or twice the available processors when it is not set. */
        public int concurrentAssessments() {
            return maxConcurrent != null ? maxConcurrent : Runtime.getRuntime().availableProcessors() * 2;
        }
    }

    /**
     * @param maskAfter       full data is kept this long, then depersonalised (EU PNR Directive art. 12)
     * @param retention       everything is deleted after this; must be longer than {@code maskAfter}
     * @param recentWeight    passengers plus watchlist matches of the latest flight states kept in memory for the
     *                        next message of a flight (about 1–10 KB of heap each); 0 reads every state back from
     *                        Elasticsearch
     * @param jobInitialDelay when the retention job first runs after start
     * @param jobInterval     the pause between two runs of the retention job
     */
    public record Archive(
            @DefaultValue("P6M") Period maskAfter,
            @DefaultValue("P5Y") Period retention,
            @DefaultValue("20000") long recentWeight,
            @DefaultValue("PT2M") Duration jobInitialDelay,
            @DefaultValue("PT1H") Duration jobInterval) {}

    /** @param hitCapPerFlight hits one rule may produce on one flight before it is flagged as runaway */
    public record Rules(@DefaultValue("50") int hitCapPerFlight) {}

    /** @param packCron when the repository's loose objects are packed (Spring cron; saves wait meanwhile) */
    public record Repository(@DefaultValue("0 30 3 * * *") String packCron) {}

    /**
     * @param enabled load generated sample data on the first start of an empty installation. Only the demo
     *                ({@code ./piu run}, module {@code demo}) has a loader, and turns this on; the application jar
     *                holds no sample data and ignores it
     */
    public record SampleData(@DefaultValue("false") boolean enabled) {}

    /**
     * @param coalesceWindow repeats of the same event (actor, action, subject, outcome) within this window are
     *                       counted in one entry rather than written one by one (refused calls, API sign-ins)
     * @param anchorInterval how often the head of the audit log is anchored in the rules repository's anchor log
     */
    public record Audit(
            @DefaultValue("PT1M") Duration coalesceWindow,
            @DefaultValue("PT5M") Duration anchorInterval) {}
}
