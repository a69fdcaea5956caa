-- Append-only history of what happened to clients and contacts.
create table audit_event (
    id           uuid primary key,
    subject_type varchar(16)  not null,
    subject_id   uuid         not null,
    action       varchar(40)  not null,
    actor        varchar(64),
    details      varchar(2000),
    occurred_at  timestamp with time zone not null
);
create index ix_audit_event_subject on audit_event (subject_type, subject_id, occurred_at);
