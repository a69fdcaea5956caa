create table portal_access (
    id                 uuid primary key,
    contact_id         uuid         not null references contact (id),
    -- lower-cased e-mail: unique among contacts with portal access
    email_key          varchar(254) not null,
    state              varchar(32)  not null,
    source             varchar(16)  not null,
    sponsor            varchar(64),
    requested_role     varchar(16),
    role               varchar(16)  not null,
    permissions        varchar(500),
    expires_on         date,
    activated_at       timestamp with time zone,
    last_access_at     timestamp with time zone,
    invitations_sent   integer      not null,
    last_invitation_at timestamp with time zone,
    password_hash      varchar(200),
    rejection_reason   varchar(1000),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint       not null,
    constraint uk_portal_access_contact unique (contact_id),
    constraint uk_portal_access_email_key unique (email_key)
);
create index ix_portal_access_state on portal_access (state);
