package org.convene.community;

import org.springframework.data.repository.ListCrudRepository;

interface CommunityRepository extends ListCrudRepository<Community, Long> {
}
