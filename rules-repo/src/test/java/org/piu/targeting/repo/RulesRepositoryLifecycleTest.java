package org.piu.targeting.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.piu.targeting.repo.AssetKind.LIST;
import static org.piu.targeting.repo.AssetKind.RULE;
import static org.piu.targeting.repo.AssetKind.SCENARIO;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.piu.targeting.repo.audit.AuditEvent;
import org.piu.targeting.repo.audit.AuditOutcome;
import org.piu.targeting.repo.history.AssetDiff;
import org.piu.targeting.repo.history.FieldChange;
import org.piu.targeting.repo.history.HistoryEntry;
import org.piu.targeting.repo.lifecycle.LifecycleAction;
import org.piu.targeting.repo.release.Release;
import org.piu.targeting.repo.release.ReleaseDiff;
import org.piu.targeting.repo.release.ReleaseGate;
import org.piu.targeting.repo.release.ReleaseRefusedException;

class RulesRepositoryLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;

    private TestRepos.SteppingClock clock;
    private RulesRepository repo;

    @BeforeEach
    void open() {
        clock = new TestRepos.SteppingClock(T0);
        repo = RulesRepository.open(dir.resolve("rules.git"), clock);
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private RulesRepository reopen() {
        repo.close();
        repo = RulesRepository.open(dir.resolve("rules.git"), clock);
        return repo;
    }

    private Revision save(String id, String text, String author, String base) {
        clock.advance(Duration.ofMinutes(1));
        return repo.saveDraft(RULE, id, text, author, "because " + author + " said so", base);
    }

    private Revision approved(String id, String text, String author, String approver, String base) {
        Revision r = save(id, text, author, base);
        clock.advance(Duration.ofMinutes(1));
        repo.submit(RULE, id, r.revision(), author, "ready");
        clock.advance(Duration.ofMinutes(1));
        repo.approve(RULE, id, r.revision(), approver, "looks right");
        return r;
    }

    @Test
    void saves_a_draft_as_a_commit_by_the_author_with_the_justification() {
        Revision r = save("R-1", TestRepos.rule("HIGH"), "alice", null);

        AssetVersion v = repo.get(RULE, "R-1").orElseThrow();
        assertThat(v.text()).isEqualTo(TestRepos.rule("HIGH"));
        assertThat(v.revision()).isEqualTo(r.revision()).isEqualTo(r.commitId());
        assertThat(v.status()).isEqualTo(AssetStatus.DRAFT);
        assertThat(v.version()).isEqualTo(1);
        assertThat(v.author()).isEqualTo("alice");
        TestRepos.GitResult log = TestRepos.git(repo.directory(), "log", "-1", "--format=%an|%cn|%B", "main");
        assertThat(log.output())
                .startsWith("alice|alice|save rules/R-1 v1")
                .contains("because alice said so")
                .contains("PIU-Action: save")
                .contains("PIU-Asset: rules/R-1");
    }

    @Test
    void requires_a_justification() {
        assertThatThrownBy(() -> repo.saveDraft(RULE, "R-1", "a: 1", "alice", "  ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("justification");
    }

    @Test
    void stale_save_is_a_conflict_that_names_who_changed_the_asset_and_when() {
        Revision first = save("R-1", TestRepos.rule("HIGH"), "alice", null);
        Revision bob = save("R-1", TestRepos.rule("MEDIUM"), "bob", first.revision());

        assertThatThrownBy(() -> save("R-1", TestRepos.rule("LOW"), "carol", first.revision()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("changed by bob at " + bob.time())
                            .contains(bob.revision())
                            .contains("nothing was saved");
                    assertThat(e.changedBy()).isEqualTo("bob");
                    assertThat(e.currentRevision()).isEqualTo(bob.revision());
                });
        assertThat(repo.get(RULE, "R-1").orElseThrow().text()).isEqualTo(TestRepos.rule("MEDIUM"));
        assertThatThrownBy(() -> save("R-1", TestRepos.rule("LOW"), "carol", null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");

        List<AuditEvent> conflicts = reopen().audit(T0, T0.plus(Duration.ofDays(1))).stream()
                .filter(e -> e.outcome() == AuditOutcome.CONFLICT)
                .toList();
        assertThat(conflicts).hasSize(2).allSatisfy(e -> {
            assertThat(e.user()).isEqualTo("carol");
            assertThat(e.asset()).isEqualTo("rules/R-1");
        });
    }

    @Test
    void author_cannot_approve_own_revision_and_the_refusal_survives_restart() {
        Revision r = save("R-1", TestRepos.rule("HIGH"), "alice", null);
        repo.submit(RULE, "R-1", r.revision(), "alice", "please review");

        assertThatThrownBy(() -> repo.approve(RULE, "R-1", r.revision(), "alice", "mine is fine"))
                .isInstanceOf(FourEyesViolationException.class)
                .hasMessageContaining("alice cannot approve rules/R-1");
        assertThat(repo.get(RULE, "R-1").orElseThrow().status()).isEqualTo(AssetStatus.SUBMITTED);

        List<AuditEvent> refused = reopen().audit(T0, T0.plus(Duration.ofDays(1))).stream()
                .filter(e -> e.outcome() == AuditOutcome.REFUSED)
                .toList();
        assertThat(refused).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo("alice");
            assertThat(e.action()).isEqualTo("approve");
            assertThat(e.revision()).isEqualTo(r.revision());
            assertThat(e.detail()).contains("four-eyes");
        });
    }

    @Test
    void records_role_refusals_decided_by_the_caller() {
        save("R-1", TestRepos.rule("HIGH"), "alice", null);
        repo.recordRefusal("author2", "approve", RULE, "R-1", "user author2 lacks role APPROVER");
        assertThat(reopen().audit(T0, T0.plus(Duration.ofDays(1))))
                .filteredOn(e -> e.outcome() == AuditOutcome.REFUSED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.user()).isEqualTo("author2");
                    assertThat(e.asset()).isEqualTo("rules/R-1");
                    assertThat(e.detail()).isEqualTo("user author2 lacks role APPROVER");
                });
    }

    @Test
    void every_author_since_the_last_approval_is_excluded_from_approving() {
        Revision a = save("R-1", TestRepos.rule("HIGH"), "alice", null);
        Revision b = save("R-1", TestRepos.rule("MEDIUM"), "bob", a.revision());
        repo.submit(RULE, "R-1", b.revision(), "bob", "");
        assertThatThrownBy(() -> repo.approve(RULE, "R-1", b.revision(), "alice", ""))
                .isInstanceOf(FourEyesViolationException.class);
        Revision ok = repo.approve(RULE, "R-1", b.revision(), "carol", "checked the data");
        assertThat(ok.status()).isEqualTo(AssetStatus.APPROVED);
        // after approval the slate is clean: alice may approve bob's next revision
        Revision c = save("R-1", TestRepos.rule("LOW"), "bob", b.revision());
        repo.submit(RULE, "R-1", c.revision(), "bob", "");
        assertThat(repo.approve(RULE, "R-1", c.revision(), "alice", "").status())
                .isEqualTo(AssetStatus.APPROVED);
    }

    @Test
    void enforces_the_lifecycle_order_and_requires_a_rejection_comment() {
        Revision r = save("R-1", TestRepos.rule("HIGH"), "alice", null);
        assertThatThrownBy(() -> repo.approve(RULE, "R-1", r.revision(), "bob", ""))
                .isInstanceOf(LifecycleViolationException.class)
                .hasMessageContaining("it is DRAFT, expected SUBMITTED");
        repo.submit(RULE, "R-1", r.revision(), "alice", "");
        assertThatThrownBy(() -> repo.reject(RULE, "R-1", r.revision(), "bob", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment");
        assertThat(repo.reject(RULE, "R-1", r.revision(), "bob", "threshold too low")
                        .status())
                .isEqualTo(AssetStatus.REJECTED);
        Revision fixed = save("R-1", TestRepos.rule("MEDIUM"), "alice", r.revision());
        assertThatThrownBy(() -> repo.submit(RULE, "R-1", r.revision(), "alice", ""))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("superseded");
        repo.submit(RULE, "R-1", fixed.revision(), "alice", "");
        repo.approve(RULE, "R-1", fixed.revision(), "bob", "");
        Revision retired = repo.retire(RULE, "R-1", "bob", "criterion no longer needed");
        assertThat(retired.status()).isEqualTo(AssetStatus.RETIRED);
        assertThat(repo.get(RULE, "R-1").orElseThrow().status()).isEqualTo(AssetStatus.RETIRED);
        assertThat(repo.list(RULE)).extracting(AssetVersion::status).containsExactly(AssetStatus.RETIRED);
    }

    @Test
    void history_lists_who_did_what_when_and_why_including_publication() {
        Revision a = approved("R-1", TestRepos.rule("HIGH"), "alice", "bob", null);
        clock.advance(Duration.ofMinutes(1));
        repo.publish("carol", "November criteria", ReleaseGate.acceptAll());
        clock.advance(Duration.ofMinutes(1));
        Revision b = repo.saveDraft(RULE, "R-1", TestRepos.rule("LOW"), "dave", "too many hits", a.revision());

        List<HistoryEntry> h = reopen().history(RULE, "R-1");
        assertThat(h)
                .extracting(HistoryEntry::action)
                .containsExactly(
                        LifecycleAction.SAVE,
                        LifecycleAction.SUBMIT,
                        LifecycleAction.APPROVE,
                        LifecycleAction.PUBLISH,
                        LifecycleAction.SAVE);
        assertThat(h).extracting(HistoryEntry::actor).containsExactly("alice", "alice", "bob", "carol", "dave");
        assertThat(h)
                .extracting(HistoryEntry::status)
                .containsExactly(
                        AssetStatus.DRAFT,
                        AssetStatus.SUBMITTED,
                        AssetStatus.APPROVED,
                        AssetStatus.PUBLISHED,
                        AssetStatus.DRAFT);
        assertThat(h.get(2).justification()).isEqualTo("looks right");
        assertThat(h.get(3).release()).isEqualTo(1);
        assertThat(h.get(4).revision()).isEqualTo(b.revision());
        assertThat(h).extracting(HistoryEntry::time).isSorted();
        // the old revision is still readable and reports that it is the published one
        AssetVersion old = repo.get(RULE, "R-1", a.revision());
        assertThat(old.status()).isEqualTo(AssetStatus.PUBLISHED);
        assertThat(old.text()).isEqualTo(TestRepos.rule("HIGH"));
        assertThat(repo.get(RULE, "R-1").orElseThrow().publishedRevision()).isEqualTo(a.revision());
    }

    @Test
    void diff_shows_field_level_changes_and_a_unified_text_diff() {
        Revision a = save("R-1", TestRepos.rule("HIGH", "{field: payment.type, op: eq, value: CASH}"), "alice", null);
        Revision b = save(
                "R-1",
                TestRepos.rule(
                        "MEDIUM",
                        "{field: payment.type, op: eq, value: CASH}",
                        "{field: booking.ageHours, op: lt, value: 24}"),
                "bob",
                a.revision());

        AssetDiff d = repo.diff(RULE, "R-1", a.revision(), b.revision());
        assertThat(d.structured()).isTrue();
        assertThat(d.changes())
                .extracting(FieldChange::describe)
                .containsExactly(
                        "severity: HIGH → MEDIUM",
                        "added when.all[1]: {\"field\":\"booking.ageHours\",\"op\":\"lt\",\"value\":24}");
        assertThat(d.unifiedDiff())
                .contains("-severity: HIGH")
                .contains("+severity: MEDIUM")
                .contains("+    - {field: booking.ageHours, op: lt, value: 24}")
                .contains("@@");
        assertThatThrownBy(() -> repo.diff(RULE, "R-1", a.revision(), "0".repeat(40)))
                .isInstanceOf(AssetNotFoundException.class);
    }

    @Test
    void publish_includes_only_approved_revisions_and_the_active_release_survives_restart() {
        Revision r1 = approved("R-1", TestRepos.rule("HIGH"), "alice", "bob", null);
        save("R-2", TestRepos.rule("LOW"), "alice", null); // draft only: not released
        clock.advance(Duration.ofMinutes(1));
        Release one = repo.publish("carol", "first release", ReleaseGate.acceptAll());
        assertThat(one.number()).isEqualTo(1);
        assertThat(one.assets()).singleElement().satisfies(a -> {
            assertThat(a.asset()).isEqualTo(AssetRef.rule("R-1"));
            assertThat(a.revision()).isEqualTo(r1.revision());
        });
        assertThat(one.contentHash()).hasSize(64);
        assertThat(repo.get(RULE, "R-1").orElseThrow().status()).isEqualTo(AssetStatus.PUBLISHED);
        assertThat(TestRepos.git(repo.directory(), "cat-file", "-t", "release-1")
                        .output()
                        .trim())
                .isEqualTo("tag");

        assertThatThrownBy(() -> repo.publish("carol", "again", ReleaseGate.acceptAll()))
                .isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("nothing to publish");

        Release active = reopen().activeRelease().orElseThrow();
        assertThat(active).isEqualTo(one);
        assertThat(repo.assetsAt(1)).containsExactly(Map.entry(AssetRef.rule("R-1"), TestRepos.rule("HIGH")));
    }

    @Test
    void publish_is_refused_when_the_gate_reports_problems_and_the_refusal_is_audited() {
        approved("R-1", TestRepos.rule("HIGH"), "alice", "bob", null);
        ReleaseGate failing = candidates -> List.of("rules/R-1 line 3: unknown field payment.kind");
        assertThatThrownBy(() -> repo.publish("carol", "try", failing))
                .isInstanceOfSatisfying(
                        ReleaseRefusedException.class,
                        e -> assertThat(e.problems()).containsExactly("rules/R-1 line 3: unknown field payment.kind"));
        assertThat(repo.activeRelease()).isEmpty();
        assertThat(repo.audit(T0, T0.plus(Duration.ofDays(1))))
                .filteredOn(e -> e.action().equals("publish"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(AuditOutcome.REFUSED);
                    assertThat(e.detail()).contains("unknown field payment.kind");
                });
    }

    @Test
    void rollback_publishes_a_new_release_equal_to_an_older_one_and_answers_which_rules_were_active_when() {
        Revision a = approved("R-1", TestRepos.rule("HIGH"), "alice", "bob", null);
        clock.advance(Duration.ofHours(1));
        Release one = repo.publish("carol", "v1", ReleaseGate.acceptAll());
        clock.advance(Duration.ofDays(1));
        approved("R-1", TestRepos.rule("LOW"), "alice", "bob", a.revision());
        approved("R-9", TestRepos.rule("MEDIUM"), "dave", "bob", null);
        clock.advance(Duration.ofHours(1));
        Release two = repo.publish("carol", "v2", ReleaseGate.acceptAll());
        Instant dayOfTwo = clock.instant().plus(Duration.ofMinutes(5));
        clock.advance(Duration.ofDays(1));
        Release three = repo.rollback("carol", "v2 floods the desk", 1, ReleaseGate.acceptAll());

        assertThat(three.number()).isEqualTo(3);
        assertThat(three.rollbackOf()).isEqualTo(1);
        assertThat(three.assets()).isEqualTo(one.assets());
        assertThat(three.contentHash()).isEqualTo(one.contentHash());
        assertThat(reopen().activeRelease().orElseThrow().number()).isEqualTo(3);
        assertThat(repo.releases()).extracting(Release::number).containsExactly(1, 2, 3);

        ReleaseDiff d = repo.diffReleases(1, 2);
        assertThat(d.added()).extracting(x -> x.asset().id()).containsExactly("R-9");
        assertThat(d.changed()).extracting(c -> c.asset().id()).containsExactly("R-1");
        assertThat(d.removed()).isEmpty();
        assertThat(repo.diffReleases(2, 3).removed())
                .extracting(x -> x.asset().id())
                .containsExactly("R-9");

        assertThat(repo.releaseActiveAt(dayOfTwo).orElseThrow().number()).isEqualTo(two.number());
        assertThat(repo.assetsAt(dayOfTwo))
                .containsEntry(AssetRef.rule("R-1"), TestRepos.rule("LOW"))
                .containsKey(AssetRef.rule("R-9"));
        assertThat(repo.assetsAt(T0)).isEmpty();
    }

    @Test
    void retired_assets_leave_the_next_release() {
        approved("R-1", TestRepos.rule("HIGH"), "alice", "bob", null);
        approved("R-2", TestRepos.rule("LOW"), "alice", "bob", null);
        repo.publish("carol", "v1", ReleaseGate.acceptAll());
        clock.advance(Duration.ofMinutes(1));
        repo.retire(RULE, "R-2", "carol", "replaced by R-1");
        Release two = repo.publish("carol", "v2", ReleaseGate.acceptAll());
        assertThat(two.assets()).extracting(a -> a.asset().id()).containsExactly("R-1");
        assertThat(repo.history(RULE, "R-2")).extracting(HistoryEntry::action).contains(LifecycleAction.RETIRE);
    }

    @Test
    void audit_export_covers_a_date_range_in_csv_and_json_and_is_itself_audited() {
        save("R-1", TestRepos.rule("HIGH"), "alice", null);
        clock.advance(Duration.ofDays(2));
        Instant from = clock.instant();
        save("R-2", TestRepos.rule("LOW"), "bob", null);
        Instant to = clock.instant().plusSeconds(1);

        StringWriter csv = new StringWriter();
        repo.exportAuditCsv(from, to, "compliance", csv);
        assertThat(csv.toString().lines().toList())
                .hasSize(2)
                .first()
                .isEqualTo("time,user,action,asset,revision,outcome,detail,commit");
        assertThat(csv.toString()).contains(",bob,save,rules/R-2,").doesNotContain("rules/R-1");
        StringWriter json = new StringWriter();
        repo.exportAuditJson(from, to.plusSeconds(10), "compliance", json);
        assertThat(json.toString()).contains("\"user\" : \"bob\"").contains("\"action\" : \"export\"");
        assertThat(repo.audit(from, to.plusSeconds(10)))
                .filteredOn(e -> e.action().equals("export"))
                .extracting(AuditEvent::user)
                .containsExactly("compliance", "compliance");
    }

    @Test
    void imports_changed_files_as_draft_revisions_and_skips_unchanged_ones() {
        save("R-1", TestRepos.rule("HIGH"), "alice", null);
        List<Revision> imported = repo.importAssets(
                Map.of(
                        "rules/R-1.yaml",
                        TestRepos.rule("HIGH"),
                        "rules/R-2.yaml",
                        TestRepos.rule("LOW"),
                        "lists/airports.yaml",
                        "values:\n  - IST\n",
                        "scenarios/s1.yaml",
                        "name: cash\n"),
                "deployer",
                "promote from test");
        assertThat(imported)
                .extracting(r -> r.asset().name())
                .containsExactly("rules/R-2", "lists/airports", "scenarios/s1");
        assertThat(repo.list(LIST))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(AssetStatus.DRAFT));
        assertThat(repo.history(SCENARIO, "s1"))
                .extracting(HistoryEntry::action)
                .containsExactly(LifecycleAction.IMPORT);
        assertThatThrownBy(() -> repo.importAssets(Map.of("../x.yaml", "a: 1"), "deployer", "bad"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exports_a_git_bundle_that_git_accepts() throws Exception {
        approved("R-1", TestRepos.rule("HIGH"), "alice", "bob", null);
        repo.publish("carol", "v1", ReleaseGate.acceptAll());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        repo.exportBundle(out, "admin");
        Path bundle = dir.resolve("rules.bundle");
        Files.write(bundle, out.toByteArray());
        TestRepos.GitResult heads = TestRepos.git(repo.directory(), "bundle", "list-heads", bundle.toString());
        assertThat(heads.exit()).as(heads.output()).isZero();
        assertThat(heads.output())
                .contains("refs/heads/main")
                .contains("refs/tags/release-1")
                .contains("refs/piu/releases");
    }

    @Test
    void promotes_assets_from_one_environment_to_another_through_a_bundle() {
        approved("R-1", TestRepos.rule("HIGH"), "alice", "bob", null);
        repo.saveDraft(LIST, "airports", "values:\n  - IST\n", "alice", "new list", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        repo.exportBundle(out, "admin");
        try (RulesRepository production = RulesRepository.open(dir.resolve("prod.git"))) {
            List<Revision> imported = production.importBundle(
                    new java.io.ByteArrayInputStream(out.toByteArray()), "deployer", "promote release candidate");
            assertThat(imported).extracting(r -> r.asset().name()).containsExactly("rules/R-1", "lists/airports");
            assertThat(production.get(RULE, "R-1").orElseThrow().text()).isEqualTo(TestRepos.rule("HIGH"));
            assertThat(production.get(RULE, "R-1").orElseThrow().status()).isEqualTo(AssetStatus.DRAFT);
            assertThat(production.verify().problems()).isEmpty();
        }
    }

    @Test
    void list_returns_every_asset_of_a_kind_with_its_text() {
        save("b", "x: 2", "alice", null);
        save("a", "x: 1", "alice", null);
        repo.saveDraft(LIST, "a", "values: []", "alice", "new list", null);
        assertThat(repo.list(RULE))
                .extracting(v -> v.asset().id() + "=" + v.text().strip())
                .containsExactly("a=x: 1", "b=x: 2");
    }
}
