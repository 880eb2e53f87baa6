package org.convene.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table. */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new notification for one recipient, unless one with the same {@code dedupeKey} exists: whether it was added. */
    boolean add(long recipientAccountId, long communityId, NotificationKind kind, long subjectId, String subjectTitle,
            String actorName, @Nullable String outcome, @Nullable String note, String link, String dedupeKey,
            Instant now) {
        Integer existing = jdbc.sql("""
                select count(*) from notification where recipient_account_id = :recipient and dedupe_key = :dedupe
                """)
                .param("recipient", recipientAccountId).param("dedupe", dedupeKey)
                .query(Integer.class).single();
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.sql("""
                insert into notification (recipient_account_id, community_id, notification_kind, subject_id,
                    subject_title, actor_name, outcome, note, link, dedupe_key, created_at)
                values (:recipient, :community, :kind, :subject, :title, :actor, :outcome, :note, :link, :dedupe, :now)
                """)
                .param("recipient", recipientAccountId).param("community", communityId).param("kind", kind.name())
                .param("subject", subjectId).param("title", subjectTitle).param("actor", actorName)
                .param("outcome", outcome).param("note", note).param("link", link).param("dedupe", dedupeKey)
                .param("now", at(now))
                .update();
        return true;
    }

    /** The recipient's notifications, newest first, at most {@code limit}. */
    List<Notification> of(long recipientAccountId, int limit) {
        return jdbc.sql("select * from notification where recipient_account_id = :recipient"
                        + " order by created_at desc, id desc fetch first " + Math.max(1, limit) + " rows only")
                .param("recipient", recipientAccountId)
                .query(NotificationStore::row)
                .list();
    }

    int unread(long recipientAccountId) {
        Integer count = jdbc.sql("""
                select count(*) from notification where recipient_account_id = :recipient and read_at is null
                """)
                .param("recipient", recipientAccountId)
                .query(Integer.class).single();
        return count == null ? 0 : count;
    }

    Optional<Notification> find(long id, long recipientAccountId) {
        return jdbc.sql("select * from notification where id = :id and recipient_account_id = :recipient")
                .param("id", id).param("recipient", recipientAccountId)
                .query(NotificationStore::row)
                .optional();
    }

    void markRead(long id, long recipientAccountId, Instant now) {
        jdbc.sql("""
                update notification set read_at = :now
                where id = :id and recipient_account_id = :recipient and read_at is null
                """)
                .param("now", at(now)).param("id", id).param("recipient", recipientAccountId)
                .update();
    }

    int markAllRead(long recipientAccountId, Instant now) {
        return jdbc.sql("""
                update notification set read_at = :now where recipient_account_id = :recipient and read_at is null
                """)
                .param("now", at(now)).param("recipient", recipientAccountId)
                .update();
    }

    private static Notification row(ResultSet rs, int rowNum) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getLong("recipient_account_id"), rs.getLong("community_id"),
                NotificationKind.valueOf(rs.getString("notification_kind")), rs.getLong("subject_id"),
                rs.getString("subject_title"), rs.getString("actor_name"), rs.getString("outcome"),
                rs.getString("note"), rs.getString("link"), java.util.Objects.requireNonNull(instant(rs, "created_at")),
                instant(rs, "read_at"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
