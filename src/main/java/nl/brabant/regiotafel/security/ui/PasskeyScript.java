package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The browser half of WebAuthn for our Vaadin pages, through {@code Page.executeJs} (there is no
 * npm build). It does what Spring Security's {@code webauthn-core.js} does (options from {@code
 * /webauthn/register/options} or {@code /webauthn/authenticate/options}, {@code
 * navigator.credentials.create/get}, base64url, the result to {@code /webauthn/register} or {@code
 * /login/webauthn} with the session's CSRF token) but answers with a short outcome instead of
 * redirecting to Spring's own pages, so that the view can say what happened in Dutch. Spring's
 * served script ({@code /login/webauthn.js}) exposes only {@code setupLogin} and {@code
 * setupRegistration}, which redirect to {@code /login?error} and {@code /webauthn/register?success}
 * and report failures as English exception text; the login page uses its {@code setupLogin}.
 */
final class PasskeyScript {

    private static final Logger log = LoggerFactory.getLogger(PasskeyScript.class);

    /** What the browser reports back. */
    enum Outcome {
        OK,
        UNSUPPORTED,
        CANCELLED,
        OTHER_ACCOUNT,
        FAILED;

        static Outcome of(String value) {
            if (value != null && value.startsWith("FAILED:")) {
                // what the browser saw, for the log: a status or an error name, no key material
                log.warn("Passkey step failed in the browser: {}", shorten(value.substring(7)));
                return FAILED;
            }
            try {
                return value == null ? FAILED : valueOf(value);
            } catch (IllegalArgumentException unknown) {
                return FAILED;
            }
        }

        private static String shorten(String text) {
            String clean = text.replaceAll("\\p{Cntrl}", "_");
            return clean.length() > 200 ? clean.substring(0, 200) : clean;
        }
    }

    private static final String FUNCTIONS =
            """
            const b64 = {
              encode: (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
                  .replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_'),
              decode: (text) => {
                const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
                const bytes = new Uint8Array(binary.length);
                for (let i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
                return bytes.buffer;
              }
            };
            const headers = {'Content-Type': 'application/json'};
            headers[$1] = $2;
            const post = (path, body) => fetch($0 + path, {method: 'POST', credentials: 'same-origin',
                headers: headers, body: body === undefined ? undefined : JSON.stringify(body)});
            if (!window.PublicKeyCredential || !navigator.credentials) { return 'UNSUPPORTED'; }
            """;

    private static final String REGISTER =
            FUNCTIONS
                    + """
                    const label = $3;
                    const optionsResponse = await post('/webauthn/register/options');
                    if (!optionsResponse.ok) { return 'FAILED:options HTTP ' + optionsResponse.status; }
                    const options = await optionsResponse.json();
                    options.user.id = b64.decode(options.user.id);
                    options.challenge = b64.decode(options.challenge);
                    options.excludeCredentials = (options.excludeCredentials || [])
                        .map(c => ({...c, id: b64.decode(c.id)}));
                    let created;
                    try { created = await navigator.credentials.create({publicKey: options}); }
                    catch (e) { return (e && e.name === 'NotAllowedError') ? 'CANCELLED' : 'FAILED:browser ' + (e && e.name) + ' ' + (e && e.message); }
                    const response = created.response;
                    const body = {publicKey: {label: label, credential: {
                      id: created.id, rawId: b64.encode(created.rawId), type: created.type,
                      response: {attestationObject: b64.encode(response.attestationObject),
                        clientDataJSON: b64.encode(response.clientDataJSON),
                        transports: response.getTransports ? response.getTransports() : []},
                      clientExtensionResults: created.getClientExtensionResults(),
                      authenticatorAttachment: created.authenticatorAttachment}}};
                    const saved = await post('/webauthn/register', body);
                    if (!saved.ok) { return 'FAILED:register HTTP ' + saved.status; }
                    const result = await saved.json();
                    return result && result.success ? 'OK' : 'FAILED:register answer';
                    """;

    private static final String AUTHENTICATE =
            FUNCTIONS
                    + """
                    const optionsResponse = await post('/webauthn/authenticate/options');
                    if (!optionsResponse.ok) { return 'FAILED:options HTTP ' + optionsResponse.status; }
                    const options = await optionsResponse.json();
                    options.challenge = b64.decode(options.challenge);
                    options.allowCredentials = (options.allowCredentials || [])
                        .map(c => ({...c, id: b64.decode(c.id)}));
                    let credential;
                    try { credential = await navigator.credentials.get({publicKey: options}); }
                    catch (e) { return (e && e.name === 'NotAllowedError') ? 'CANCELLED' : 'FAILED:browser ' + (e && e.name) + ' ' + (e && e.message); }
                    const response = credential.response;
                    const body = {id: credential.id, rawId: b64.encode(credential.rawId),
                      credType: credential.type,
                      response: {authenticatorData: b64.encode(response.authenticatorData),
                        clientDataJSON: b64.encode(response.clientDataJSON),
                        signature: b64.encode(response.signature),
                        userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined},
                      clientExtensionResults: credential.getClientExtensionResults(),
                      authenticatorAttachment: credential.authenticatorAttachment};
                    const answer = await post('/login/webauthn', body);
                    if (answer.ok) { return 'OK'; }
                    const refusal = await answer.json().catch(() => ({}));
                    return refusal.error === 'other-account' ? 'OTHER_ACCOUNT' : 'FAILED:sign-in HTTP ' + answer.status;
                    """;

    private PasskeyScript() {}

    /** Registers a new passkey with this label for the signed-in person. */
    static void register(UI ui, String label, Consumer<Outcome> then) {
        run(ui, REGISTER, then, label);
    }

    /** Confirms the sign-in with one of the person's passkeys (Spring's /login/webauthn). */
    static void authenticate(UI ui, Consumer<Outcome> then) {
        run(ui, AUTHENTICATE, then, "");
    }

    private static void run(UI ui, String script, Consumer<Outcome> then, String argument) {
        CsrfToken token = csrfToken();
        ui.getPage()
                .executeJs(
                        "return (async () => {" + script + "})();",
                        contextPath(),
                        token == null ? "X-CSRF-TOKEN" : token.getHeaderName(),
                        token == null ? "" : token.getToken(),
                        argument)
                .then(
                        String.class,
                        value -> then.accept(Outcome.of(value)),
                        error -> {
                            log.warn("Passkey script failed: {}", error);
                            then.accept(Outcome.FAILED);
                        });
    }

    /** The token of this session, as Spring's CSRF filter left it for the current request. */
    static CsrfToken csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null
                ? null
                : (CsrfToken)
                        request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
    }

    static String contextPath() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }
}
