create table client (
    id              uuid primary key,
    name            varchar(200) not null,
    -- lower-cased name: names are unique regardless of case
    name_key        varchar(200) not null,
    alias           varchar(200),
    language        varchar(8)   not null,
    website         varchar(500),
    account_manager varchar(64),
    created_at      timestamp with time zone not null,
    version         bigint       not null,
    constraint uk_client_name_key unique (name_key)
);
