package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tabs whose content is built when first chosen (most visits only read and edit the text), and
 * built again when chosen after what they show changed. The chosen tab is remembered by the page,
 * so a page drawn again opens on the same tab.
 */
class LazyTabs extends TabSheet {

    private final Map<String, Tab> byKey = new HashMap<>();
    private final Map<Tab, Div> holders = new HashMap<>();
    private final Map<Tab, Supplier<Component>> builders = new HashMap<>();
    private final Set<Tab> stale = new HashSet<>();

    LazyTabs() {
        setWidthFull();
    }

    void addNow(String key, Component content) {
        byKey.put(key, add(getTranslation(key), content));
    }

    void addLazy(String key, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = add(getTranslation(key), holder);
        byKey.put(key, tab);
        holders.put(tab, holder);
        builders.put(tab, content);
    }

    /**
     * Opens the tab chosen before ({@code null}: the first) and tells {@code onChosen} each later
     * choice.
     */
    void start(String chosenLabel, Consumer<String> onChosen) {
        byKey.values().stream()
                .filter(tab -> tab.getLabel().equals(chosenLabel))
                .findFirst()
                .ifPresent(this::setSelectedTab);
        build(getSelectedTab());
        addSelectedChangeListener(
                e -> {
                    onChosen.accept(e.getSelectedTab().getLabel());
                    build(e.getSelectedTab());
                });
    }

    /**
     * What a tab shows changed: built again when next chosen (the one on screen stays until then).
     */
    void invalidate(String key) {
        Tab tab = byKey.get(key);
        Div holder = holders.get(tab);
        if (holder == null) {
            return;
        }
        if (tab.equals(getSelectedTab())) {
            stale.add(tab);
        } else {
            holder.removeAll();
        }
    }

    private void build(Tab tab) {
        Div holder = holders.get(tab);
        if (holder != null && (holder.getComponentCount() == 0 || stale.remove(tab))) {
            holder.removeAll();
            holder.add(builders.get(tab).get());
        }
    }
}
