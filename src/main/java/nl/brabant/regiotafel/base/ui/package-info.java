/** The main layout, the start page, error pages and the language choice. */
package nl.brabant.regiotafel.base.ui;
