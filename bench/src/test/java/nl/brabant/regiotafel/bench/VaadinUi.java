package nl.brabant.regiotafel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One Vaadin Flow UI as its browser sees it, without a browser: the ids the server gave it (uiId,
 * the CSRF "Vaadin-Security-Key", the push id), the message counters (syncId from the server,
 * clientId from the client) and the element tree built from the server's state-tree changes. It
 * writes the same messages the Flow client writes (ui-navigate, click events, property syncs), so a
 * load tool can drive real screens: no node ids are hard-coded, elements are found by id, class,
 * attribute or text. Not thread-safe: one virtual user, one UI.
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FEAT_ELEMENT = 0;
    private static final int FEAT_PROPERTIES = 1;
    private static final int FEAT_ATTRIBUTES = 3;
    private static final int FEAT_TEXT = 7;
    private static final int FEAT_CLASSES = 11;

    /** An element or text node of the tree. */
    public static final class Node {
        public final int id;
        public String tag;
        public String text;
        public Integer parent;
        public final Map<String, Object> properties = new HashMap<>();
        public final Map<String, String> attributes = new HashMap<>();
        public final List<String> classes = new ArrayList<>();

        /**
         * Children per feature (2 = element children, others = virtual children such as overlays).
         */
        final Map<Integer, List<Integer>> children = new LinkedHashMap<>();

        Node(int id) {
            this.id = id;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        @Override
        public String toString() {
            return "<" + tag + " node=" + id + " " + attributes + " " + classes + ">";
        }
    }

    private final int uiId;
    private final String csrfToken;
    private final String pushId;
    private int syncId;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();

    private VaadinUi(int uiId, String csrfToken, String pushId) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.pushId = pushId;
    }

    /** From the answer to {@code GET /?v-r=init&location=...}. */
    public static VaadinUi fromInit(String body) {
        JsonNode config = read(body).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new VaadinProtocolException(
                    "no Vaadin UI in the init answer: " + abbreviate(body));
        }
        VaadinUi ui =
                new VaadinUi(
                        config.path("v-uiId").asInt(),
                        uidl.path("Vaadin-Security-Key").asText(),
                        uidl.path("Vaadin-Push-ID").asText(null));
        ui.apply(uidl);
        return ui;
    }

    public int uiId() {
        return uiId;
    }

    public String pushId() {
        return pushId;
    }

    public int syncId() {
        return syncId;
    }

    /**
     * The URL path and query of this UI's heartbeat, which a browser sends every heartbeat
     * interval.
     */
    public String heartbeatPath() {
        return "/?v-r=heartbeat&v-uiId=" + uiId;
    }

    /** The URL path and query of this UI's message endpoint. */
    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** Applies a UIDL answer; throws on an expired session, a server error or a refused message. */
    public void apply(String body) {
        JsonNode root = read(body.startsWith("for(;;);") ? body.substring(8) : body);
        if (root.isArray()) {
            root.forEach(this::apply);
        } else {
            apply(root);
        }
    }

    private void apply(JsonNode message) {
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new VaadinProtocolException("session expired");
        }
        if (meta.has("appError")) {
            throw new VaadinProtocolException("application error: " + meta.path("appError"));
        }
        if (message.has("syncId")) {
            syncId = message.path("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.path("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            change(change);
        }
    }

    private void change(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asText();
        int feat = c.path("feat").asInt(-1);
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, Node::new);
            case "detach" -> nodes.remove(id);
            case "put" -> put(node(id), feat, c.path("key").asText(), c.get("value"));
            case "remove" -> {
                Node n = node(id);
                String key = c.path("key").asText();
                n.properties.remove(key);
                n.attributes.remove(key);
            }
            case "clear" -> {
                Node n = node(id);
                if (feat == FEAT_CLASSES) {
                    n.classes.clear();
                } else {
                    n.children.remove(feat);
                }
            }
            case "splice" -> splice(node(id), feat, c);
            default -> {
                // Other change types do not shape what the tests look for.
            }
        }
    }

    private void put(Node n, int feat, String key, JsonNode value) {
        if (value == null) {
            return;
        }
        switch (feat) {
            case FEAT_ELEMENT -> {
                if (key.equals("tag")) {
                    n.tag = value.asText();
                }
            }
            case FEAT_PROPERTIES ->
                    n.properties.put(key, value.isTextual() ? value.asText() : value.toString());
            case FEAT_ATTRIBUTES ->
                    n.attributes.put(key, value.isTextual() ? value.asText() : value.toString());
            case FEAT_TEXT -> n.text = value.asText();
            default -> {}
        }
    }

    private void splice(Node n, int feat, JsonNode c) {
        int index = c.path("index").asInt();
        int remove = c.path("remove").asInt(0);
        if (feat == FEAT_CLASSES) {
            for (int i = 0; i < remove && index < n.classes.size(); i++) {
                n.classes.remove(index);
            }
            int at = index;
            for (JsonNode add : c.path("add")) {
                n.classes.add(Math.min(at++, n.classes.size()), add.asText());
            }
            return;
        }
        List<Integer> list = n.children.computeIfAbsent(feat, f -> new ArrayList<>());
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        int at = index;
        for (JsonNode add : c.path("addNodes")) {
            int child = add.asInt();
            list.add(Math.min(at++, list.size()), child);
            node(child).parent = n.id;
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    // ---- finding things on the screen ----

    /** All nodes reachable from the UI's root (node 1), in document order. */
    public List<Node> attached() {
        List<Node> result = new ArrayList<>();
        collect(nodes.get(1), result);
        return result;
    }

    private void collect(Node n, List<Node> into) {
        if (n == null || into.size() > 200_000) {
            return;
        }
        into.add(n);
        for (List<Integer> list : n.children.values()) {
            for (int child : list) {
                collect(nodes.get(child), into);
            }
        }
    }

    public Optional<Node> find(Predicate<Node> test) {
        return attached().stream().filter(test).findFirst();
    }

    public Optional<Node> byId(String id) {
        return find(n -> id.equals(n.attributes.get("id")));
    }

    public Node requireId(String id) {
        return byId(id).orElseThrow(
                        () -> new VaadinProtocolException("no element #" + id + " on the screen"));
    }

    /** The first element under {@code ancestor} that passes the test. */
    public Optional<Node> within(Node ancestor, Predicate<Node> test) {
        List<Node> all = new ArrayList<>();
        collect(ancestor, all);
        return all.stream().filter(test).findFirst();
    }

    /** The visible text of an element: its text nodes and any HTML it renders, tags stripped. */
    public String textOf(Node n) {
        List<Node> all = new ArrayList<>();
        collect(n, all);
        StringBuilder text = new StringBuilder();
        for (Node x : all) {
            if (x.text != null) {
                text.append(x.text).append(' ');
            }
            Object html = x.properties.get("innerHTML");
            if (html != null) {
                text.append(html.toString().replaceAll("<[^>]*>", " ")).append(' ');
            }
        }
        return text.toString();
    }

    public boolean showsText(String fragment) {
        Node root = nodes.get(1);
        return root != null && textOf(root).contains(fragment);
    }

    // ---- messages to the server (each call takes the next clientId) ----

    /** What the client sends when a router link is followed or the address is entered. */
    public String navigate(String route, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        return message(event(1, "ui-navigate", data));
    }

    public String click(Node target) {
        return message(clickEvent(target.id));
    }

    /**
     * Types a value into a field (the property sync the client sends) and clicks a button, in one
     * message.
     */
    public String typeAndClick(Node field, String value, Node button) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field.id);
        sync.put("feature", FEAT_PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        return message(sync, clickEvent(button.id));
    }

    private ObjectNode clickEvent(int node) {
        ObjectNode data = JSON.createObjectNode();
        for (String key :
                List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        data.put("event.detail", 1);
        data.put("event.button", 0);
        return event(node, "click", data);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private String message(ObjectNode... invocations) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new VaadinProtocolException("not a Vaadin answer: " + abbreviate(body));
        }
    }

    static String abbreviate(String s) {
        return s == null ? "null" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The server answered something a real client could not go on with. */
    public static final class VaadinProtocolException extends RuntimeException {
        public VaadinProtocolException(String message) {
            super(message);
        }
    }
}
