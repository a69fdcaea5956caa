-- The review notices not sent yet: one row per new review task, written in the engine's
-- transaction that creates the task; every guichet.review.notify-every the rows waiting are
-- taken (skip locked: one node takes each), and their approvers get one e-mail each. A row
-- goes with its access.
create table review_notice (
    task_id         varchar(64) primary key,
    access_id       uuid not null references portal_access (id) on delete cascade,
    account_manager varchar(255),
    created_at      timestamp with time zone not null
);
create index review_notice_created_at on review_notice (created_at);
