-- What the administrator and the account holders change outside the agreements: organisations
-- created, renamed, retyped and merged; names, passwords and e-mail addresses changed; sessions
-- ended. subject_id names the organisation or the account the entry is about (no foreign key: a
-- merged organisation is deleted, and its entry must stay).
CREATE TABLE security_audit (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor_id     BIGINT        NULL,
    action       VARCHAR(40)   NOT NULL,
    subject_type VARCHAR(20)   NOT NULL,
    subject_id   BIGINT        NULL,
    detail       VARCHAR(1000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_security_audit_actor FOREIGN KEY (actor_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_security_audit_subject ON security_audit (subject_type, subject_id, created_at);

-- A new e-mail address waits here until the link sent to it is followed.
ALTER TABLE user_account ADD COLUMN pending_email VARCHAR(254) NULL;
