/**
 * The application shell, above the features: the main layout, the start page and the navigation,
 * whose entries each feature's views name with {@code @Menu}. No feature uses it.
 */
package nl.brabant.regiotafel.shell.ui;
