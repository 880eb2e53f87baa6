-- Remember-me cookies that can be revoked: one row per browser that chose "remember me", in the
-- layout of Spring Security's JdbcTokenRepositoryImpl (username is the account's email). Signing out
-- deletes the browser's row; a password change or "sign out everywhere" deletes all of the account's.
create table persistent_logins (
    username  varchar(320) not null,
    series    varchar(64)  primary key,
    token     varchar(64)  not null,
    last_used timestamp    not null
);
create index persistent_logins_username_ix on persistent_logins (username);

-- Raised by a password change or "sign out everywhere": a session signed in at an earlier epoch is over
-- on its next request, on whichever node it lives.
alter table account add column session_epoch integer default 0 not null;
