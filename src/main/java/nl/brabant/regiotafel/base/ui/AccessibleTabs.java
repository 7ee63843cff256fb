package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * Works around a flaw of Vaadin's tabs for assistive technology: vaadin-tabs (role tablist) keeps
 * its tabs in an inner scroll container with tabindex="-1", so a focusable element without a role
 * sits between the tablist and its tabs. axe-core reports that as a critical aria-required-children
 * violation on every page with tabs. The scroll container is never focused on purpose (the tabs
 * have their own roving focus), so the attribute is removed once the element has rendered.
 */
public final class AccessibleTabs {

    private AccessibleTabs() {}

    public static TabSheet of(TabSheet tabs) {
        tabs.getElement()
                .executeJs(
                        "const sheet = this;"
                                + " customElements.whenDefined('vaadin-tabs').then(() => {"
                                + "   const list = sheet.querySelector('vaadin-tabs');"
                                + "   if (!list) { return; }"
                                + "   Promise.resolve(list.updateComplete).then(() => {"
                                + "     const scroll = list.shadowRoot && list.shadowRoot.querySelector('#scroll');"
                                + "     if (scroll) { scroll.removeAttribute('tabindex'); }"
                                + "   });"
                                + " });");
        return tabs;
    }
}
