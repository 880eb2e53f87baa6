package org.convene.identity;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (throttle.isLocked(email)) {
            throw new LockedException("too many failed sign-ins");
        }
        return accounts.findByEmail(Accounts.normalizeEmail(email))
                .map(Account::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
