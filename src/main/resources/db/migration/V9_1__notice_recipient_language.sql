-- The language a state body reads its notices in (kk, ru or both); KNB's and the authorized body's are the
-- settings notice.knb.language and notice.authority.language.
create table notice_recipient_language (
    state_body_id   bigint                   not null primary key references state_body (id),
    language_code   varchar(8)               not null,
    changed_at      timestamp with time zone not null,
    constraint ck_notice_recipient_language check (language_code in ('kk', 'ru', 'both'))
);
