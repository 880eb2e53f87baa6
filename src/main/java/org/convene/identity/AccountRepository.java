package org.convene.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByAdministratorTrue();
}
