-- Single sign-on: the identity at the OpenID provider (issuer + subject) an account was linked to at
-- its first sign-in through the provider; later sign-ins match on these two, not on the e-mail
-- address. Binary collation: a subject is case-sensitive ("abc" and "ABC" are two people).
ALTER TABLE user_account
    ADD COLUMN oidc_issuer  VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    ADD COLUMN oidc_subject VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    ADD CONSTRAINT uk_user_account_oidc UNIQUE (oidc_issuer, oidc_subject);
