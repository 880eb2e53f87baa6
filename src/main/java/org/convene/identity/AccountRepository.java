package org.convene.identity;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByAdministratorTrue();

    /** Read on every page request ({@link SessionEpochCheck}): one column by primary key. */
    @Query("select session_epoch from account where id = :id")
    Optional<Integer> findSessionEpochById(long id);
}
