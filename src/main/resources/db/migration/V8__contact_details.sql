-- The whole contact card of the seeds: names, job, e-mails 2-3, other phone, privacy, comments.
alter table contact add column salutation varchar(20);
alter table contact add column middle_name varchar(100);
alter table contact add column suffix varchar(20);
alter table contact add column job_title varchar(100);
alter table contact add column department varchar(100);
alter table contact add column email2 varchar(254);
alter table contact add column email3 varchar(254);
alter table contact add column other_phone varchar(40);
alter table contact add column privacy varchar(24) default 'VISIBLE_TO_ALL' not null;
alter table contact add column comments varchar(2000);
