package nl.brabant.regiotafel.bench;

/** What one simulated person carries between requests: the open page and a counter for saves. */
public final class UserState {
    public VaadinUi ui;
    public int saves;
}
