package nl.brabant.regiotafel.collaboration;

/**
 * A change to a co-edited document, described by the feature that owns the document (its typed
 * events implement this); the hub carries it to the document's windows without knowing its meaning.
 */
public interface DocumentChange {

    String documentKey();
}
