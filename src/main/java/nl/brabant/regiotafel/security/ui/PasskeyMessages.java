package nl.brabant.regiotafel.security.ui;

/** The translation keys for what the browser reported about a passkey. */
final class PasskeyMessages {

    private PasskeyMessages() {}

    static String registration(PasskeyScript.Outcome outcome) {
        return switch (outcome) {
            case OK -> "passkey.registered";
            case UNSUPPORTED -> "passkey.error.unsupported";
            case CANCELLED -> "passkey.error.cancelled";
            case OTHER_ACCOUNT, FAILED -> "passkey.error.registration";
        };
    }

    static String confirmation(PasskeyScript.Outcome outcome) {
        return switch (outcome) {
            case OK -> "secondFactor.confirmed";
            case UNSUPPORTED -> "passkey.error.unsupported";
            case CANCELLED -> "passkey.error.cancelled";
            case OTHER_ACCOUNT -> "passkey.error.otherAccount";
            case FAILED -> "passkey.error.confirmation";
        };
    }
}
