/** What every feature's pages share: error pages, feedback after a change, the language choice. */
package nl.brabant.regiotafel.base.ui;
