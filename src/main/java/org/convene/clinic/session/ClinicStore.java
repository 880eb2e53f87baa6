package org.convene.clinic.session;

import static org.convene.clinic.cases.CaseStore.at;
import static org.convene.clinic.cases.CaseStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.convene.clinic.AdviceStory;
import org.convene.clinic.Contribution;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.cases.Stores;
import org.convene.clinic.protocol.Agenda;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinics in the clinic tables, as rows that rebuild a {@link ClinicSession} exactly
 * ({@link ClinicSession.Snapshot}): the running step, its deadline and both revisions on the
 * clinic row; contributions, raised hands, turns and the steps behind in their own tables.
 * Every save names the version it read: of two racing writes, one wins, the other gets
 * {@link OptimisticLockingFailureException} and is retried on the fresh state.
 */
@Repository
public class ClinicStore {

    private final JdbcClient jdbc;
    private final RecentClinics recent;

    ClinicStore(JdbcClient jdbc, RecentClinics recent) {
        this.jdbc = jdbc;
        this.recent = recent;
    }

    /** Stores a clinic scheduled for a case, not started; returns its id. */
    public long insert(long communityId, long caseId, long presenterId, long facilitatorId, Variation variation,
            Agenda agenda, Instant startsAt, Iterable<Long> invitees, long scheduledBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into clinic (community_id, case_id, presenter_id, facilitator_id, variation, starts_at,
                    minutes_context, minutes_understanding, minutes_sharing, minutes_advice, minutes_summary,
                    state, revision, step_revision, scheduled_by, created_at, version)
                values (:community, :case, :presenter, :facilitator, :variation, :startsAt,
                    :context, :understanding, :sharing, :advice, :summary, :state, 0, 0, :scheduledBy, :now, 0)
                """)
                .param("community", communityId)
                .param("case", caseId)
                .param("presenter", presenterId)
                .param("facilitator", facilitatorId)
                .param("variation", variation.name())
                .param("startsAt", at(startsAt))
                .param("context", agenda.minutes(Step.CONTEXT))
                .param("understanding", agenda.minutes(Step.UNDERSTANDING))
                .param("sharing", agenda.minutes(Step.SHARING))
                .param("advice", agenda.minutes(Step.ADVICE))
                .param("summary", agenda.minutes(Step.SUMMARY))
                .param("state", ClinicState.NOT_STARTED.name())
                .param("scheduledBy", scheduledBy)
                .param("now", at(now))
                .update(keys, "id");
        long id = Stores.generatedId(keys);
        for (long invitee : new LinkedHashSet<Long>(toList(invitees))) {
            jdbc.sql("insert into clinic_invitee (clinic_id, member_id) values (:id, :member)")
                    .param("id", id).param("member", invitee).update();
        }
        return id;
    }

    /**
     * The clinic, with a session of the caller's own. Only its version is read when this node
     * knows the clinic as stored under that version (see {@link RecentClinics}).
     */
    // One connection for the row and the queries its mapper runs: without a transaction each would
    // borrow its own, and enough concurrent readers exhaust the pool waiting for their second.
    @Transactional(readOnly = true)
    public Optional<StoredClinic> find(long clinicId) {
        Optional<Integer> version = jdbc.sql("select version from clinic where id = :id")
                .param("id", clinicId)
                .query(Integer.class)
                .optional();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredClinic> known = recent.find(clinicId, version.get());
        if (known.isPresent()) {
            return known;
        }
        Optional<StoredClinic> loaded = jdbc.sql("select * from clinic where id = :id")
                .param("id", clinicId)
                .query(this::row)
                .optional();
        loaded.ifPresent(recent::remember);
        return loaded.map(StoredClinic::copy);
    }

    @Transactional(readOnly = true)
    public Optional<StoredClinic> findByCase(long caseId) {
        return jdbc.sql("select id from clinic where case_id = :case")
                .param("case", caseId)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    /** The community's clinics with what a list shows, soonest first. */
    public List<ClinicListing> listings(long communityId) {
        return jdbc.sql("""
                select k.id, k.case_id, k.starts_at, k.state, k.running_step, k.variation, k.facilitator_id,
                    k.presenter_id, c.title, c.status as case_status,
                    k.minutes_context + k.minutes_understanding + k.minutes_sharing + k.minutes_advice
                        + k.minutes_summary as total_minutes
                from clinic k join clinic_case c on c.id = k.case_id
                where k.community_id = :community
                order by k.starts_at, k.id
                """)
                .param("community", communityId)
                .query((rs, n) -> new ClinicListing(rs.getLong("id"), rs.getLong("case_id"), rs.getString("title"),
                        Objects.requireNonNull(instant(rs, "starts_at")), ClinicState.valueOf(rs.getString("state")),
                        step(rs.getString("running_step")), Variation.valueOf(rs.getString("variation")),
                        rs.getLong("presenter_id"), rs.getLong("facilitator_id"), rs.getInt("total_minutes"),
                        CaseStatus.valueOf(rs.getString("case_status"))))
                .list();
    }

    /** The presenters' takeaways of the community's clinics, by case id, in the order posted. */
    public Map<Long, List<String>> takeawaysByCase(long communityId) {
        var byCase = new java.util.LinkedHashMap<Long, List<String>>();
        jdbc.sql("""
                select k.case_id, t.body
                from clinic_contribution t join clinic k on k.id = t.clinic_id
                where k.community_id = :community and t.contribution_kind = :kind
                order by k.case_id, t.seq
                """)
                .param("community", communityId)
                .param("kind", ContributionKind.TAKEAWAY.name())
                .query((rs, n) -> byCase.computeIfAbsent(rs.getLong("case_id"), key -> new java.util.ArrayList<>())
                        .add(rs.getString("body")))
                .list();
        return byCase;
    }

    /**
     * Writes the session back if nobody else did since it was read: the clinic row under its
     * version, then only the parts that differ from what was stored. Contributions are only ever
     * added, so the new ones are inserted.
     *
     * @throws OptimisticLockingFailureException when the clinic changed meanwhile
     */
    public void save(StoredClinic stored, Instant now) {
        ClinicSession.Snapshot before = stored.saved();
        ClinicSession.Snapshot snapshot = stored.session().snapshot();
        RunningStep running = snapshot.running();
        Agenda agenda = snapshot.agenda();
        int updated = jdbc.sql("""
                update clinic set minutes_context = :context, minutes_understanding = :understanding,
                    minutes_sharing = :sharing, minutes_advice = :advice, minutes_summary = :summary,
                    state = :state, running_step = :runningStep, running_minutes = :runningMinutes,
                    running_deadline = :deadline, furthest_step = :furthest, revision = :revision,
                    step_revision = :stepRevision, speaker_id = :speaker,
                    ended_at = coalesce(ended_at, :endedAt), summarised_after_end = :summarisedAfterEnd,
                    version = version + 1
                where id = :id and version = :version
                """)
                .param("context", agenda.minutes(Step.CONTEXT))
                .param("understanding", agenda.minutes(Step.UNDERSTANDING))
                .param("sharing", agenda.minutes(Step.SHARING))
                .param("advice", agenda.minutes(Step.ADVICE))
                .param("summary", agenda.minutes(Step.SUMMARY))
                .param("state", snapshot.state().name())
                .param("runningStep", running == null ? null : running.step().name())
                .param("runningMinutes", running == null ? null : running.plannedMinutes())
                .param("deadline", running == null ? null : at(running.deadline()))
                .param("furthest", snapshot.furthestStep() == null ? null : snapshot.furthestStep().name())
                .param("revision", snapshot.revision())
                .param("stepRevision", snapshot.stepRevision())
                .param("speaker", snapshot.speaker())
                .param("endedAt", snapshot.state() == ClinicState.ENDED ? at(now) : null)
                .param("summarisedAfterEnd", snapshot.summarisedAfterEnd())
                .param("id", snapshot.id())
                .param("version", stored.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("clinic " + snapshot.id() + " was changed meanwhile");
        }
        long id = snapshot.id();
        for (Contribution contribution : snapshot.contributions().subList(before.contributions().size(),
                snapshot.contributions().size())) {
            insert(id, contribution);
        }
        if (!snapshot.hands().equals(before.hands())) {
            saveHands(id, snapshot.hands());
        }
        saveTurns(id, before.turnsTaken(), snapshot.turnsTaken());
        if (!snapshot.stepsBehind().equals(before.stepsBehind())) {
            saveStepsBehind(id, snapshot.stepsBehind());
        }
        recent.remember(stored.next(snapshot));
    }

    private void saveHands(long id, List<RaisedHand> hands) {
        jdbc.sql("delete from clinic_hand where clinic_id = :id").param("id", id).update();
        int position = 0;
        for (RaisedHand hand : hands) {
            jdbc.sql("insert into clinic_hand (clinic_id, position, member_id, raised_at) values (:id, :p, :m, :at)")
                    .param("id", id).param("p", position++).param("m", hand.memberId()).param("at", at(hand.raisedAt()))
                    .update();
        }
    }

    /** Only the counts that changed: a post changes its author's, in a room of hundreds. */
    private void saveTurns(long id, Map<Long, Integer> before, Map<Long, Integer> after) {
        for (Long gone : before.keySet()) {
            if (!after.containsKey(gone)) {
                jdbc.sql("delete from clinic_turn where clinic_id = :id and member_id = :m")
                        .param("id", id).param("m", gone).update();
            }
        }
        for (Map.Entry<Long, Integer> turns : after.entrySet()) {
            Integer was = before.get(turns.getKey());
            if (turns.getValue().equals(was)) {
                continue;
            }
            String sql = was == null
                    ? "insert into clinic_turn (clinic_id, member_id, turns) values (:id, :m, :t)"
                    : "update clinic_turn set turns = :t where clinic_id = :id and member_id = :m";
            jdbc.sql(sql).param("id", id).param("m", turns.getKey()).param("t", turns.getValue()).update();
        }
    }

    private void saveStepsBehind(long id, List<ClinicSession.LeftStep> stepsBehind) {
        jdbc.sql("delete from clinic_step_behind where clinic_id = :id").param("id", id).update();
        int position = 0;
        for (ClinicSession.LeftStep left : stepsBehind) {
            jdbc.sql("""
                    insert into clinic_step_behind (clinic_id, position, step, planned_minutes, deadline, left_at)
                    values (:id, :p, :step, :minutes, :deadline, :leftAt)
                    """)
                    .param("id", id).param("p", position++).param("step", left.step().step().name())
                    .param("minutes", left.step().plannedMinutes()).param("deadline", at(left.step().deadline()))
                    .param("leftAt", at(left.leftAt()))
                    .update();
        }
    }

    private void insert(long clinicId, Contribution contribution) {
        AdviceStory story = contribution.story();
        jdbc.sql("""
                insert into clinic_contribution (clinic_id, seq, step, author_id, room_role, contribution_kind, body,
                    reply_to, story_situation, story_what_i_did, story_what_happened, posted_at)
                values (:id, :seq, :step, :author, :role, :kind, :body, :replyTo, :situation, :whatIDid,
                    :whatHappened, :postedAt)
                """)
                .param("id", clinicId)
                .param("seq", contribution.id())
                .param("step", contribution.step().name())
                .param("author", contribution.authorId())
                .param("role", contribution.role().name())
                .param("kind", contribution.kind().name())
                .param("body", contribution.text())
                .param("replyTo", contribution.replyTo())
                .param("situation", story == null ? null : story.situation())
                .param("whatIDid", story == null ? null : story.whatIDid())
                .param("whatHappened", story == null ? null : story.whatHappened())
                .param("postedAt", at(contribution.postedAt()))
                .update();
    }

    private StoredClinic row(ResultSet rs, int rowNum) throws SQLException {
        long id = rs.getLong("id");
        Agenda agenda = Agenda.of(rs.getInt("minutes_context"), rs.getInt("minutes_understanding"),
                rs.getInt("minutes_sharing"), rs.getInt("minutes_advice"), rs.getInt("minutes_summary"));
        Step runningStep = step(rs.getString("running_step"));
        RunningStep running = runningStep == null ? null
                : new RunningStep(runningStep, rs.getInt("running_minutes"),
                        Objects.requireNonNull(instant(rs, "running_deadline")));
        long speaker = rs.getLong("speaker_id");
        Long speakerId = rs.wasNull() ? null : speaker;
        var snapshot = new ClinicSession.Snapshot(id, rs.getLong("presenter_id"), rs.getLong("facilitator_id"),
                Variation.valueOf(rs.getString("variation")), agenda, ClinicState.valueOf(rs.getString("state")),
                running, step(rs.getString("furthest_step")), stepsBehind(id), rs.getLong("revision"),
                rs.getLong("step_revision"), contributions(id), hands(id), turns(id), speakerId,
                rs.getBoolean("summarised_after_end"));
        var invitees = new LinkedHashSet<>(jdbc.sql("select member_id from clinic_invitee where clinic_id = :id")
                .param("id", id).query(Long.class).list());
        return StoredClinic.restore(rs.getLong("community_id"), rs.getLong("case_id"),
                Objects.requireNonNull(instant(rs, "starts_at")), invitees, rs.getInt("version"), snapshot);
    }

    private List<ClinicSession.LeftStep> stepsBehind(long clinicId) {
        return jdbc.sql("select * from clinic_step_behind where clinic_id = :id order by position")
                .param("id", clinicId)
                .query((rs, n) -> new ClinicSession.LeftStep(
                        new RunningStep(Step.valueOf(rs.getString("step")), rs.getInt("planned_minutes"),
                                Objects.requireNonNull(instant(rs, "deadline"))),
                        Objects.requireNonNull(instant(rs, "left_at"))))
                .list();
    }

    private List<Contribution> contributions(long clinicId) {
        return jdbc.sql("select * from clinic_contribution where clinic_id = :id order by seq")
                .param("id", clinicId)
                .query((rs, n) -> {
                    long replyTo = rs.getLong("reply_to");
                    Long reply = rs.wasNull() ? null : replyTo;
                    String situation = rs.getString("story_situation");
                    AdviceStory story = situation == null ? null
                            : new AdviceStory(situation, rs.getString("story_what_i_did"),
                                    rs.getString("story_what_happened"));
                    return new Contribution(rs.getLong("seq"), Step.valueOf(rs.getString("step")),
                            rs.getLong("author_id"), RoomRole.valueOf(rs.getString("room_role")),
                            ContributionKind.valueOf(rs.getString("contribution_kind")), rs.getString("body"), reply,
                            story, Objects.requireNonNull(instant(rs, "posted_at")));
                })
                .list();
    }

    private List<RaisedHand> hands(long clinicId) {
        return jdbc.sql("select member_id, raised_at from clinic_hand where clinic_id = :id order by position")
                .param("id", clinicId)
                .query((rs, n) -> new RaisedHand(rs.getLong("member_id"),
                        Objects.requireNonNull(instant(rs, "raised_at"))))
                .list();
    }

    private Map<Long, Integer> turns(long clinicId) {
        var turns = new HashMap<Long, Integer>();
        jdbc.sql("select member_id, turns from clinic_turn where clinic_id = :id")
                .param("id", clinicId)
                .query((rs, n) -> turns.put(rs.getLong("member_id"), rs.getInt("turns")))
                .list();
        return turns;
    }

    private static @Nullable Step step(@Nullable String name) {
        return name == null ? null : Step.valueOf(name);
    }

    private static <T> List<T> toList(Iterable<T> items) {
        var list = new ArrayList<T>();
        items.forEach(list::add);
        return list;
    }
}
