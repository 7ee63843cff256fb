package nl.brabant.regiotafel.security;

import java.util.List;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's JDBC credential repository, with two additions where a new passkey is saved
 * (Spring's registration endpoint saves it, not one of our services): its label is checked as any
 * text input is, and the registration is audited. Updates of known passkeys (sign count, last use
 * at every sign-in) pass through unchanged.
 */
final class AuditedPasskeyCredentials implements UserCredentialRepository {

    static final int MAX_LABEL = 100;

    private final UserCredentialRepository delegate;
    private final PasskeyStore store;
    private final SecurityAudit audit;

    AuditedPasskeyCredentials(
            UserCredentialRepository delegate, PasskeyStore store, SecurityAudit audit) {
        this.delegate = delegate;
        this.store = store;
        this.audit = audit;
    }

    @Override
    public void save(CredentialRecord record) {
        boolean isNew = delegate.findByCredentialId(record.getCredentialId()) == null;
        if (!isNew) {
            delegate.save(record);
            return;
        }
        String label;
        try {
            label = TextInput.requiredLine(record.getLabel(), MAX_LABEL, "passkey.error.label");
        } catch (UserInputException refused) {
            throw new IllegalArgumentException("passkey label refused", refused);
        }
        long accountId =
                store.accountOfEntity(record.getUserEntityUserId().toBase64UrlString())
                        .orElseThrow(
                                () -> new IllegalArgumentException("passkey for no known account"));
        delegate.save(record);
        audit.record(accountId, accountId, SecurityAuditAction.PASSKEY_REGISTERED, label);
    }

    @Override
    public void delete(Bytes credentialId) {
        delegate.delete(credentialId);
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return delegate.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return delegate.findByUserId(userId);
    }
}
