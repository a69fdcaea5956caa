-- Every e-mail Guichet sends on its own (process steps, calendar jobs), one row per e-mail under a
-- name that stays the same across retries and nodes (mail_key): a name already SENT is never sent
-- again. Rows sent by their Camunda job (via JOB) carry no content; rows of the calendar jobs
-- (via QUEUE) carry the written message until a dispatcher of any node has delivered it.
create table mail_outbox (
    id              uuid primary key,
    mail_key        varchar(300)  not null,
    -- Message-ID header, derived from mail_key: a message sent twice carries the same one
    message_id      varchar(200)  not null,
    via             varchar(8)    not null,
    template        varchar(64)   not null,
    recipient       varchar(320)  not null,
    subject         varchar(1000) not null,
    content         bytea,
    -- PENDING (queued, waiting for a dispatcher), SENDING (claimed), SENT, FAILED
    status          varchar(8)    not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    -- a SENDING claim older than guichet.mail.outbox.lease belongs to a node that died: retaken
    claimed_by      varchar(100),
    claimed_at      timestamp with time zone,
    sent_by         varchar(100),
    sent_at         timestamp with time zone,
    last_error      varchar(1000),
    created_by      varchar(100)  not null,
    created_at      timestamp with time zone not null,
    constraint uk_mail_outbox_key unique (mail_key)
);
create index ix_mail_outbox_due on mail_outbox (via, status, next_attempt_at);
create index ix_mail_outbox_created on mail_outbox (created_at);
