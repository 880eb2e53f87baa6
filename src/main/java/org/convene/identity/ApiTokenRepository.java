package org.convene.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

    Optional<ApiToken> findByIdAndAccountId(long id, long accountId);
}
