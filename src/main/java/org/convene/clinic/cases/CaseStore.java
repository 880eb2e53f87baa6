package org.convene.clinic.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.CaseKind;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Cases in the clinic tables, rebuilt through {@link ClinicCase.Snapshot}. */
@Repository
public class CaseStore {

    private static final String COLUMNS = """
            c.id, c.community_id, c.presenter_id, c.title, c.context, c.question, c.case_kind, c.needed_by,
            c.status, c.held_on, c.follow_up_on, c.updated_at, c.version, v.content_type as visual_type,
            c.dimension, c.what_happened, c.follow_up_filed_at, c.agenda_clinic_id
            """;

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new draft and returns its id. */
    public long insertDraft(long communityId, long presenterId, CaseContent content, Instant now) {
        return insertDraft(communityId, presenterId, content, null, now);
    }

    /** Stores a new draft, tagged with the benchmarking dimension it was brought on (or none), and returns its id. */
    public long insertDraft(long communityId, long presenterId, CaseContent content, @Nullable String dimension,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into clinic_case (community_id, presenter_id, title, context, question, case_kind, needed_by,
                    status, dimension, created_at, updated_at, version)
                values (:community, :presenter, :title, :context, :question, :kind, :neededBy, :status, :dimension,
                    :now, :now, 0)
                """)
                .param("dimension", dimension)
                .param("community", communityId)
                .param("presenter", presenterId)
                .param("title", content.title())
                .param("context", content.context())
                .param("question", content.question())
                .param("kind", content.kind().name())
                .param("neededBy", content.neededBy())
                .param("status", CaseStatus.DRAFT.name())
                .param("now", at(now))
                .update(keys, "id");
        return Stores.generatedId(keys);
    }

    // One connection for the row and the queries its mapper runs: without a transaction each would
    // borrow its own, and enough concurrent readers exhaust the pool waiting for their second.
    @Transactional(readOnly = true)
    public Optional<StoredCase> find(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from clinic_case c left join case_visual v on v.case_id = c.id"
                        + " where c.id = :id")
                .param("id", caseId)
                .query(this::row)
                .optional();
    }

    // One connection for the row and the queries its mapper runs: without a transaction each would
    // borrow its own, and enough concurrent readers exhaust the pool waiting for their second.
    @Transactional(readOnly = true)
    public List<StoredCase> inCommunity(long communityId) {
        return jdbc.sql("select " + COLUMNS + " from clinic_case c left join case_visual v on v.case_id = c.id"
                        + " where c.community_id = :community order by c.updated_at desc, c.id desc")
                .param("community", communityId)
                .query(this::row)
                .list();
    }

    /**
     * Writes the case back; refused with {@link OptimisticLockingFailureException} when someone
     * else saved it since it was read.
     */
    public void save(StoredCase stored, Instant now) {
        ClinicCase.Snapshot snapshot = stored.clinicCase().snapshot();
        CaseContent content = snapshot.content();
        int updated = jdbc.sql("""
                update clinic_case set title = :title, context = :context, question = :question, case_kind = :kind,
                    needed_by = :neededBy, status = :status, held_on = :heldOn, follow_up_on = :followUpOn,
                    what_happened = :whatHappened,
                    follow_up_filed_at = case when :filed = 1 then coalesce(follow_up_filed_at, :now) else null end,
                    updated_at = :now, version = version + 1
                where id = :id and version = :version
                """)
                .param("title", content.title())
                .param("context", content.context())
                .param("question", content.question())
                .param("kind", content.kind().name())
                .param("neededBy", content.neededBy())
                .param("status", snapshot.status().name())
                .param("heldOn", snapshot.heldOn())
                .param("followUpOn", snapshot.followUpOn())
                .param("whatHappened", snapshot.report() == null ? null : snapshot.report().whatHappened())
                .param("filed", snapshot.report() == null ? 0 : 1)
                .param("now", at(now))
                .param("id", snapshot.id())
                .param("version", stored.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("case " + snapshot.id() + " was changed meanwhile");
        }
        long id = snapshot.id();
        var stillMarked = snapshot.relatedExperience();
        var known = relatedExperience(id);
        for (long memberId : known) {
            if (!stillMarked.contains(memberId)) {
                jdbc.sql("delete from case_related_experience where case_id = :id and member_id = :member")
                        .param("id", id).param("member", memberId).update();
            }
        }
        for (long memberId : stillMarked) {
            if (!known.contains(memberId)) {
                jdbc.sql("insert into case_related_experience (case_id, member_id, marked_at) values (:id, :member, :now)")
                        .param("id", id).param("member", memberId).param("now", at(now)).update();
            }
        }
        jdbc.sql("delete from case_adopted_advice where case_id = :id").param("id", id).update();
        int position = 0;
        for (Map.Entry<Long, Long> adopted : snapshot.adoptedAdvice().entrySet()) {
            jdbc.sql("""
                    insert into case_adopted_advice (case_id, position, advice_seq, adviser_id)
                    values (:id, :position, :advice, :adviser)
                    """)
                    .param("id", id).param("position", position++)
                    .param("advice", adopted.getKey()).param("adviser", adopted.getValue())
                    .update();
        }
        jdbc.sql("delete from case_advice_outcome where case_id = :id").param("id", id).update();
        if (snapshot.report() != null) {
            position = 0;
            for (AdviceVerdict verdict : snapshot.report().verdicts()) {
                jdbc.sql("""
                        insert into case_advice_outcome (case_id, advice_seq, position, outcome, note)
                        values (:id, :advice, :position, :outcome, :note)
                        """)
                        .param("id", id).param("advice", verdict.adviceId()).param("position", position++)
                        .param("outcome", verdict.outcome().name()).param("note", verdict.note())
                        .update();
            }
        }
    }

    /** Held cases whose follow-up date is on or before {@code day}: candidates for the daily check. */
    public List<Long> heldWithFollowUpBy(LocalDate day) {
        return jdbc.sql("select id from clinic_case where status = :status and follow_up_on <= :day order by id")
                .param("status", CaseStatus.HELD.name())
                .param("day", day)
                .query(Long.class)
                .list();
    }

    /** Cases of the community in the given states, most recently changed first. */
    public List<StoredCase> inCommunity(long communityId, java.util.Collection<CaseStatus> statuses) {
        return jdbc.sql("select " + COLUMNS + " from clinic_case c left join case_visual v on v.case_id = c.id"
                        + " where c.community_id = :community and c.status in (:statuses)"
                        + " order by c.updated_at desc, c.id desc")
                .param("community", communityId)
                .param("statuses", statuses.stream().map(CaseStatus::name).toList())
                .query(this::row)
                .list();
    }

    /**
     * Puts the case's follow-up on the agenda of a later clinic (or takes it off with null);
     * refused with {@link OptimisticLockingFailureException} when the case changed since it was read.
     */
    public void putOnAgenda(long caseId, int version, @Nullable Long clinicId, Instant now) {
        int updated = jdbc.sql("""
                update clinic_case set agenda_clinic_id = :clinic, updated_at = :now, version = version + 1
                where id = :id and version = :version
                """)
                .param("clinic", clinicId).param("now", at(now)).param("id", caseId).param("version", version)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("case " + caseId + " was changed meanwhile");
        }
    }

    /** The follow-ups on the agenda of each of the given clinics: clinic id → case ids. */
    Map<Long, List<Long>> onAgendaOf(java.util.Collection<Long> clinicIds) {
        var byClinic = new LinkedHashMap<Long, List<Long>>();
        if (clinicIds.isEmpty()) {
            return byClinic;
        }
        jdbc.sql("select id, agenda_clinic_id from clinic_case where agenda_clinic_id in (:clinics) order by id")
                .param("clinics", clinicIds)
                .query((rs, n) -> byClinic.computeIfAbsent(rs.getLong("agenda_clinic_id"),
                        key -> new java.util.ArrayList<>()).add(rs.getLong("id")))
                .list();
        return byClinic;
    }

    public void saveVisual(long caseId, String contentType, byte[] bytes, Instant now) {
        jdbc.sql("delete from case_visual where case_id = :id").param("id", caseId).update();
        jdbc.sql("""
                insert into case_visual (case_id, content_type, bytes, byte_count, uploaded_at)
                values (:id, :type, :bytes, :count, :now)
                """)
                .param("id", caseId).param("type", contentType).param("bytes", bytes)
                .param("count", bytes.length).param("now", at(now))
                .update();
    }

    Optional<CaseVisual> visual(long caseId) {
        return jdbc.sql("select content_type, bytes, uploaded_at from case_visual where case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> new CaseVisual(rs.getString("content_type"), rs.getBytes("bytes"),
                        instant(rs, "uploaded_at")))
                .optional();
    }

    private LinkedHashSet<Long> relatedExperience(long caseId) {
        return new LinkedHashSet<>(jdbc.sql(
                        "select member_id from case_related_experience where case_id = :id order by marked_at, member_id")
                .param("id", caseId)
                .query(Long.class)
                .list());
    }

    private StoredCase row(ResultSet rs, int rowNum) throws SQLException {
        long id = rs.getLong("id");
        var content = new CaseContent(rs.getString("title"), rs.getString("context"), rs.getString("question"),
                CaseKind.valueOf(rs.getString("case_kind")), rs.getObject("needed_by", LocalDate.class));
        var adopted = new LinkedHashMap<Long, Long>();
        jdbc.sql("select advice_seq, adviser_id from case_adopted_advice where case_id = :id order by position")
                .param("id", id)
                .query((advice, n) -> adopted.put(advice.getLong("advice_seq"), advice.getLong("adviser_id")))
                .list();
        var status = CaseStatus.valueOf(rs.getString("status"));
        FollowUpReport report = null;
        if (status == CaseStatus.CLOSED) {
            var verdicts = jdbc.sql(
                            "select advice_seq, outcome, note from case_advice_outcome where case_id = :id order by position")
                    .param("id", id)
                    .query((verdict, n) -> new AdviceVerdict(verdict.getLong("advice_seq"),
                            AdviceOutcome.valueOf(verdict.getString("outcome")), verdict.getString("note")))
                    .list();
            report = new FollowUpReport(rs.getString("what_happened"), verdicts);
        }
        var snapshot = new ClinicCase.Snapshot(id, rs.getLong("presenter_id"), content, status, relatedExperience(id),
                rs.getObject("held_on", LocalDate.class), rs.getObject("follow_up_on", LocalDate.class), adopted,
                report);
        long agenda = rs.getLong("agenda_clinic_id");
        Long agendaClinicId = rs.wasNull() ? null : agenda;
        return new StoredCase(rs.getLong("community_id"), ClinicCase.restore(snapshot), rs.getInt("version"),
                instant(rs, "updated_at"), rs.getString("visual_type"), rs.getString("dimension"), agendaClinicId,
                instant(rs, "follow_up_filed_at"));
    }

    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
