-- Activation and reset links: only the SHA-256 of the token is stored.
create table access_token (
    id            uuid primary key,
    access_id     uuid        not null references portal_access (id),
    purpose       varchar(16) not null,
    token_hash    varchar(64) not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone,
    superseded_at timestamp with time zone,
    constraint uk_access_token_hash unique (token_hash)
);
create index ix_access_token_access on access_token (access_id);
