package org.convene.clinic;

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

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Cases in the clinic tables, rebuilt through {@link ClinicCase.Snapshot}. */
@Repository
class CaseStore {

    private static final String COLUMNS = """
            c.id, c.community_id, c.presenter_id, c.title, c.context, c.question, c.case_kind, c.needed_by,
            c.status, c.held_on, c.follow_up_on, c.updated_at, c.version, v.content_type as visual_type
            """;

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new draft and returns its id. */
    long insertDraft(long communityId, long presenterId, CaseContent content, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into clinic_case (community_id, presenter_id, title, context, question, case_kind, needed_by,
                    status, created_at, updated_at, version)
                values (:community, :presenter, :title, :context, :question, :kind, :neededBy, :status, :now, :now, 0)
                """)
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
    Optional<StoredCase> find(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from clinic_case c left join case_visual v on v.case_id = c.id"
                        + " where c.id = :id")
                .param("id", caseId)
                .query(this::row)
                .optional();
    }

    // One connection for the row and the queries its mapper runs: without a transaction each would
    // borrow its own, and enough concurrent readers exhaust the pool waiting for their second.
    @Transactional(readOnly = true)
    List<StoredCase> inCommunity(long communityId) {
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
    void save(StoredCase stored, Instant now) {
        ClinicCase.Snapshot snapshot = stored.clinicCase().snapshot();
        CaseContent content = snapshot.content();
        int updated = jdbc.sql("""
                update clinic_case set title = :title, context = :context, question = :question, case_kind = :kind,
                    needed_by = :neededBy, status = :status, held_on = :heldOn, follow_up_on = :followUpOn,
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
    }

    void saveVisual(long caseId, String contentType, byte[] bytes, Instant now) {
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
        var snapshot = new ClinicCase.Snapshot(id, rs.getLong("presenter_id"), content,
                CaseStatus.valueOf(rs.getString("status")), relatedExperience(id),
                rs.getObject("held_on", LocalDate.class), rs.getObject("follow_up_on", LocalDate.class), adopted,
                // The follow-up report is stored by the follow-up feature (not part of this schema yet).
                null);
        return new StoredCase(rs.getLong("community_id"), ClinicCase.restore(snapshot), rs.getInt("version"),
                instant(rs, "updated_at"), rs.getString("visual_type"));
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
