package org.convene.community;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByIdAndCommunityId(long id, long communityId);

    List<Invitation> findByCommunityIdOrderByCreatedAtDesc(long communityId);

    List<Invitation> findByCommunityIdAndEmail(long communityId, String email);
}
