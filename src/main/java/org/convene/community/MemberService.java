package org.convene.community;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.convene.web.ConflictException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member profiles: a member edits their own; a convener assigns roles and units (only a convener:
 * whoever belongs to a unit may read and change its self-assessment), keeping at least one convener. Edits carry the version they were read at and are refused when it is stale
 * ({@link org.springframework.dao.OptimisticLockingFailureException}). Callers check
 * {@link CommunityAccess} first.
 */
@Service
class MemberService {

    static final int MAX_TAG_LENGTH = 60;

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.equals("UTC") || (zone.contains("/") && !zone.startsWith("SystemV/")
                    && !zone.startsWith("Etc/")))
            .sorted()
            .toList();

    private final MemberRepository members;
    private final UnitRepository units;
    private final JdbcClient jdbc;

    MemberService(MemberRepository members, UnitRepository units, JdbcClient jdbc) {
        this.members = members;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** @throws NotFoundException when the member is not one of this community's */
    @Transactional(readOnly = true)
    MemberView get(long communityId, long memberId) {
        return view(load(communityId, memberId));
    }

    /**
     * The member's own profile; their unit stays as a convener assigned it.
     *
     * @throws InvalidInputException on {@code timeZone} or {@code expertise}
     */
    @Transactional
    MemberView updateProfile(Membership self, ProfileForm form) {
        var member = load(self.communityId(), self.memberId());
        var timeZone = Objects.requireNonNull(form.timeZone()).strip();
        if (!isTimeZone(timeZone)) {
            throw new InvalidInputException("timeZone", "members.timeZoneUnknown");
        }
        var tags = MemberExpertise.normalizeAll(form.expertise());
        if (tags.stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH)) {
            throw new InvalidInputException("expertise", "members.tagTooLong");
        }
        member.expectVersion(Objects.requireNonNull(form.version()));
        member.editProfile(Objects.requireNonNull(form.displayName()), form.jobRole(), timeZone, form.languages(),
                form.bio(), tags);
        return view(members.save(member));
    }

    /**
     * A convener's decision on a member's role and unit.
     *
     * @throws ConflictException ({@code members.lastConvener}) when it would leave the community without a convener
     * @throws InvalidInputException on {@code unitId} when the unit is not the community's
     */
    @Transactional
    MemberView assign(long communityId, long memberId, Assignment assignment) {
        // One role change per community at a time: two conveners demoting each other at once would
        // each count the other as the remaining convener, and the community would be left with none.
        jdbc.sql("select id from community where id = :id for update").param("id", communityId).query(Long.class)
                .optional();
        var member = load(communityId, memberId);
        requireUnit(communityId, assignment.unitId());
        member.expectVersion(Objects.requireNonNull(assignment.version()));
        member.changeRole(Objects.requireNonNull(assignment.role()),
                members.countByCommunityIdAndRole(communityId, Role.CONVENER));
        member.placeIn(assignment.unitId());
        return view(members.save(member));
    }

    /** The community's units in tree order, for selects. */
    @Transactional(readOnly = true)
    List<UnitOption> unitOptions(long communityId) {
        return UnitOption.tree(units.findByCommunityIdOrderByName(communityId));
    }

    /** Time zones a member can choose, sorted, UTC among them. */
    static List<String> timeZones() {
        return TIME_ZONES;
    }

    static boolean isTimeZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private void requireUnit(long communityId, @Nullable Long unitId) {
        if (unitId != null && units.findByIdAndCommunityId(unitId, communityId).isEmpty()) {
            throw new InvalidInputException("unitId", "members.unitUnknown");
        }
    }

    private Member load(long communityId, long memberId) {
        return members.findByIdAndCommunityId(memberId, communityId)
                .orElseThrow(() -> new NotFoundException("member"));
    }

    private MemberView view(Member member) {
        var unitName = member.unitId() == null ? null
                : units.findById(member.unitId()).map(Unit::name).orElse(null);
        return MemberView.of(member, unitName);
    }
}
